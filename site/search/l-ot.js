window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ot"]=[["other","other",47],["others","other",47],["otherwise","otherwis",3]];
