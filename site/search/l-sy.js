window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-sy"]=[["symbol","symbol",1],["system","system",35],["systems","system",35]];
