window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ob"]=[["obtaining","obtain",1]];
