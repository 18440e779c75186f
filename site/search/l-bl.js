window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-bl"]=[["blocked","block",1],["blur","blur",3],["blurred","blur",3]];
