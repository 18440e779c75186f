window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-du"]=[["duplication","duplic",1],["during","dure",7],["duties","duti",17],["duty","duti",17]];
