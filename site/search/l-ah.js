window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ah"]=[["ahead","ahead",2]];
