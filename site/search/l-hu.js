window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-hu"]=[["human","human",15]];
