window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-u."]=[["u.s","u.",17]];
