window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ec"]=[["ecfr","ecfr",1],["ecq","ecq",38],["ecqs","ecq",38]];
