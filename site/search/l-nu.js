window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-nu"]=[["number","number",24],["numbered","number",24],["numbers","number",24],["numeric","numer",3],["numerical","numer",3]];
