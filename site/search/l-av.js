window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-av"]=[["available","avail",1]];
