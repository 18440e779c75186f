window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-kn"]=[["knit","knit",1],["knocked","knock",1],["know","know",3],["knowing","know",3],["knowledge","knowledg",3]];
