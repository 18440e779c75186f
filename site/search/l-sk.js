window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-sk"]=[["skeptics","skeptic",1],["skill","skill",8],["skills","skill",8]];
