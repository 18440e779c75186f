window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-el"]=[["elected","elect",2],["eligibility","elig",16],["eligible","elig",16],["elsewhere","elsewher",8]];
