window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-at"]=[["attached","attach",1],["attract","attract",1]];
