window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-it"]=[["items","item",4],["its","it",65],["itself","itself",10]];
