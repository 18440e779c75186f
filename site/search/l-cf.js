window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-cf"]=[["cfr","cfr",32]];
