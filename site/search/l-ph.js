window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ph"]=[["phone","phone",4]];
