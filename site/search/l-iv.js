window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-iv"]=[["iv","iv",9]];
