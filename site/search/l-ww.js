window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ww"]=[["www.opm.gov","www.opm.gov",5],["www.usajobs.govwww.usajobs.gov","www.usajobs.govwww.usajobs.gov",1]];
