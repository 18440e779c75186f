window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-cy"]=[["cycle","cycl",1]];
