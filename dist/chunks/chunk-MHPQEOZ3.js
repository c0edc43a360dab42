import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);

// src/schema/regions.ts
var regions = {
  crimea: { name: "Crimea", iso: "UA-43" },
  sevastopol: { name: "Sevastopol", iso: "UA-40" },
  donetsk: { name: "Donetsk", iso: "UA-14" },
  luhansk: { name: "Luhansk", iso: "UA-09" },
  zaporizhzhia: { name: "Zaporizhzhia", iso: "UA-23" },
  kherson: { name: "Kherson", iso: "UA-65" },
  kharkiv: { name: "Kharkiv", iso: "UA-63" },
  sumy: { name: "Sumy", iso: "UA-59" },
  dnipropetrovsk: { name: "Dnipropetrovsk", iso: "UA-12" },
  mykolaiv: { name: "Mykolaiv", iso: "UA-48" },
  odesa: { name: "Odesa", iso: "UA-51" },
  chernihiv: { name: "Chernihiv", iso: "UA-74" },
  kyiv: { name: "Kyiv oblast", iso: "UA-32" },
  "kyiv-city": { name: "Kyiv city", iso: "UA-30" },
  poltava: { name: "Poltava", iso: "UA-53" },
  kirovohrad: { name: "Kirovohrad", iso: "UA-35" },
  cherkasy: { name: "Cherkasy", iso: "UA-71" },
  zhytomyr: { name: "Zhytomyr", iso: "UA-18" },
  vinnytsia: { name: "Vinnytsia", iso: "UA-05" },
  khmelnytskyi: { name: "Khmelnytskyi", iso: "UA-68" },
  rivne: { name: "Rivne", iso: "UA-56" },
  volyn: { name: "Volyn", iso: "UA-07" },
  lviv: { name: "Lviv", iso: "UA-46" },
  ternopil: { name: "Ternopil", iso: "UA-61" },
  "ivano-frankivsk": { name: "Ivano-Frankivsk", iso: "UA-26" },
  zakarpattia: { name: "Zakarpattia", iso: "UA-21" },
  chernivtsi: { name: "Chernivtsi", iso: "UA-77" },
  "kinburn-spit": { name: "Kinburn Spit", within: "mykolaiv" }
}, regionKeys = Object.keys(regions);

export {
  regions,
  regionKeys
};
