window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ed"]=[["edge","edg",4],["edit","edit",1]];
