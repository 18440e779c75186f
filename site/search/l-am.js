window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-am"]=[["ambiguity","ambigu",1],["amended","amend",3],["among","among",6],["amount","amount",4],["amounts","amount",4]];
