window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-wr"]=[["write","write",10],["writes","write",10],["writing","write",10],["written","written",14],["wrong","wrong",1]];
