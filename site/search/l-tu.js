window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-tu"]=[["turn","turn",5],["turning","turn",5]];
