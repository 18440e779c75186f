window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ei"]=[["either","either",13]];
