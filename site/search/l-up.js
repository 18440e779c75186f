window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-up"]=[["up","up",44],["update","updat",5],["updated","updat",5],["updating","updat",5],["upright","upright",2]];
