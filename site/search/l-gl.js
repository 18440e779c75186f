window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-gl"]=[["glance","glanc",1],["glossary","glossari",72],["glosses","gloss",1]];
