window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ow"]=[["own","own",44],["owns","own",44]];
