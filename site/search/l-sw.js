window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-sw"]=[["switch","switch",1]];
