window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-vs"]=[["vs","vs",31]];
