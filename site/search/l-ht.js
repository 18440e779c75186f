window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ht"]=[["http","http",3]];
