window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-dc"]=[["dc","dc",2]];
