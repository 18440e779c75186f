window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-is"]=[["issue","issu",1]];
