window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ru"]=[["rule","rule",63],["rules","rule",63],["run","run",38],["running","run",38],["runs","run",38]];
