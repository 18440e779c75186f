window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ol"]=[["old","old",6],["older","older",3]];
