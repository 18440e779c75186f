window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ii"]=[["ii","ii",11],["iii","iii",11]];
