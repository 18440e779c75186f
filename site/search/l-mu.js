window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-mu"]=[["much","much",4],["municipalities","municip",1],["must","must",38]];
