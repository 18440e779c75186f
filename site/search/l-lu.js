window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-lu"]=[["lump","lump",1]];
