window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-cs"]=[["csra","csra",8]];
