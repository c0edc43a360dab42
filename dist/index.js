import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/schema/families.ts
var typedFamilies, families, planFormat, init_families = __esm({
  "src/schema/families.ts"() {
    "use strict";
    typedFamilies = [
      "sovereignty",
      "ceasefire",
      "recognition",
      "elections",
      "neutrality",
      "security_package",
      "sanctions",
      "economy",
      "energy_transit",
      "implementation",
      "signatories",
      "accountability",
      "humanitarian",
      "rights"
    ], families = [...typedFamilies, "other"], planFormat = 2;
  }
});

// src/schema/fields.ts
var listKeyFields, orderedLists, clauseBaseFields, textFields, qualifiers, init_fields = __esm({
  "src/schema/fields.ts"() {
    "use strict";
    listKeyFields = {
      other: "topic",
      force_caps: "proposed_by",
      force_limits: "party",
      frozen_assets_shares: "to",
      zones: "kind",
      zaporizhzhia_npp_options: "proposed_by",
      disputed: "field",
      reaffirms: "plan"
    }, orderedLists = /* @__PURE__ */ new Set(["order"]), clauseBaseFields = /* @__PURE__ */ new Set(["summary", "sources", "note", "disputed"]), textFields = /* @__PURE__ */ new Set([
      "summary",
      "note",
      "condition",
      "after",
      "conditions",
      "claim"
    ]), qualifiers = {
      start: ["within", "condition", "preconditions"],
      troops: ["applies"]
    };
  }
});

// src/schema/duration.ts
function parseDuration(text) {
  if (!durationRegex.test(text)) return;
  let [amount, word] = text.split(" "), unit = word.endsWith("s") ? word.slice(0, -1) : word;
  return { text, days: Number(amount) * unitDays[unit] };
}
function isDuration(v) {
  return typeof v == "object" && v !== null && "days" in v && "text" in v;
}
function isQuantity(v) {
  return typeof v == "object" && v !== null && "text" in v && ("days" in v || "bn" in v);
}
var unitDays, durationPattern, durationRegex, init_duration = __esm({
  "src/schema/duration.ts"() {
    "use strict";
    unitDays = {
      hour: 0.041666666666666664,
      day: 1,
      week: 7,
      month: 30,
      year: 365
    }, durationPattern = "^[0-9]+(\\.[0-9]+)? (hour|day|week|month|year)s?$", durationRegex = new RegExp(durationPattern);
  }
});

// src/schema/plan-shape.json
var plan_shape_default, init_plan_shape = __esm({
  "src/schema/plan-shape.json"() {
    plan_shape_default = {
      kind: "object",
      keys: {
        format: {
          kind: "leaf"
        },
        id: {
          kind: "leaf"
        },
        title: {
          kind: "leaf"
        },
        proposed_by: {
          kind: "array",
          element: {
            kind: "leaf"
          }
        },
        date: {
          kind: "leaf"
        },
        status: {
          kind: "leaf",
          vocabulary: "plan-status"
        },
        revises: {
          kind: "leaf"
        },
        reaffirms: {
          kind: "array",
          element: {
            kind: "object",
            keys: {
              plan: {
                kind: "leaf"
              },
              sources: {
                kind: "array",
                element: {
                  kind: "leaf"
                }
              },
              note: {
                kind: "leaf"
              }
            }
          }
        },
        points: {
          kind: "leaf"
        },
        note: {
          kind: "leaf"
        },
        disputed: {
          kind: "array",
          element: {
            kind: "object",
            keys: {
              field: {
                kind: "leaf"
              },
              claim: {
                kind: "leaf"
              },
              sources: {
                kind: "array",
                element: {
                  kind: "leaf"
                }
              }
            }
          }
        },
        sources: {
          kind: "record",
          value: {
            kind: "object",
            keys: {
              title: {
                kind: "leaf"
              },
              publisher: {
                kind: "leaf"
              },
              published: {
                kind: "leaf"
              },
              url: {
                kind: "leaf"
              },
              file: {
                kind: "leaf"
              },
              flags: {
                kind: "array",
                element: {
                  kind: "leaf",
                  vocabulary: "source-flag"
                }
              },
              note: {
                kind: "leaf"
              }
            }
          }
        },
        clauses: {
          kind: "object",
          keys: {
            sovereignty: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                affirmed: {
                  kind: "leaf"
                },
                un_charter: {
                  kind: "leaf"
                },
                past_disputes_settled: {
                  kind: "leaf"
                }
              }
            },
            ceasefire: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                start: {
                  kind: "leaf",
                  vocabulary: "ceasefire-start"
                },
                within: {
                  kind: "leaf"
                },
                condition: {
                  kind: "leaf"
                },
                preconditions: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "ceasefire-precondition"
                  }
                },
                effective_date: {
                  kind: "leaf"
                },
                end_date: {
                  kind: "leaf"
                },
                duration: {
                  kind: "leaf"
                },
                line: {
                  kind: "leaf",
                  vocabulary: "ceasefire-line"
                },
                monitoring: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "monitoring"
                  }
                },
                scope: {
                  kind: "leaf",
                  vocabulary: "ceasefire-scope"
                },
                heavy_weapons_pullback_km: {
                  kind: "object",
                  keys: {
                    artillery: {
                      kind: "leaf"
                    },
                    mlrs: {
                      kind: "leaf"
                    },
                    "heavy-mlrs": {
                      kind: "leaf"
                    },
                    tanks: {
                      kind: "leaf"
                    },
                    mortars: {
                      kind: "leaf"
                    }
                  }
                },
                pullback_within: {
                  kind: "leaf"
                }
              }
            },
            recognition: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                basis: {
                  kind: "leaf",
                  vocabulary: "territorial-basis"
                },
                territories: {
                  kind: "object",
                  keys: {
                    crimea: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    sevastopol: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    donetsk: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    luhansk: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    zaporizhzhia: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    kherson: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    kharkiv: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    sumy: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    dnipropetrovsk: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    mykolaiv: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    odesa: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    chernihiv: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    kyiv: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    "kyiv-city": {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    poltava: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    kirovohrad: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    cherkasy: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    zhytomyr: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    vinnytsia: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    khmelnytskyi: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    rivne: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    volyn: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    lviv: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    ternopil: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    "ivano-frankivsk": {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    zakarpattia: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    chernivtsi: {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    },
                    "kinburn-spit": {
                      kind: "object",
                      keys: {
                        status: {
                          kind: "leaf",
                          vocabulary: "territorial-status"
                        },
                        extent: {
                          kind: "leaf",
                          vocabulary: "territorial-extent"
                        },
                        recognized_by: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        },
                        zones: {
                          kind: "array",
                          element: {
                            kind: "object",
                            keys: {
                              kind: {
                                kind: "leaf",
                                vocabulary: "zone-kind"
                              },
                              part: {
                                kind: "leaf",
                                vocabulary: "zone-part"
                              },
                              share_pct: {
                                kind: "leaf"
                              },
                              administered_by: {
                                kind: "leaf",
                                vocabulary: "zone-authority"
                              },
                              policed_by: {
                                kind: "array",
                                element: {
                                  kind: "leaf",
                                  vocabulary: "zone-authority"
                                }
                              },
                              pullback_km: {
                                kind: "array",
                                element: {
                                  kind: "leaf"
                                }
                              },
                              recognized_as: {
                                kind: "leaf",
                                vocabulary: "zone-recognition"
                              },
                              note: {
                                kind: "leaf"
                              }
                            }
                          }
                        },
                        note: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                scope: {
                  kind: "leaf",
                  vocabulary: "recognition-scope"
                },
                instrument: {
                  kind: "leaf",
                  vocabulary: "recognition-instrument"
                },
                revocable: {
                  kind: "leaf"
                },
                non_use_of_force: {
                  kind: "leaf"
                }
              }
            },
            elections: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                within: {
                  kind: "leaf",
                  vocabulary: "election-timing"
                },
                after: {
                  kind: "leaf"
                },
                scope: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "election-scope"
                  }
                },
                monitoring: {
                  kind: "leaf",
                  vocabulary: "election-monitoring"
                }
              }
            },
            neutrality: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                nato: {
                  kind: "leaf",
                  vocabulary: "nato-stance"
                },
                nato_enlargement_halt: {
                  kind: "leaf"
                },
                russia_nato_dialogue: {
                  kind: "leaf"
                },
                eu: {
                  kind: "leaf",
                  vocabulary: "eu-stance"
                },
                eu_target_date: {
                  kind: "leaf"
                },
                eu_market_access: {
                  kind: "leaf"
                },
                foreign_troops: {
                  kind: "leaf",
                  vocabulary: "foreign-troops"
                },
                non_nuclear: {
                  kind: "leaf"
                }
              }
            },
            security_package: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                guarantee: {
                  kind: "leaf",
                  vocabulary: "guarantee"
                },
                guarantors: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                guarantee_form: {
                  kind: "leaf",
                  vocabulary: "guarantee-form"
                },
                guarantee_term: {
                  kind: "leaf"
                },
                guarantee_renewable: {
                  kind: "leaf"
                },
                guarantee_starts: {
                  kind: "leaf",
                  vocabulary: "guarantee-start"
                },
                guarantee_trigger: {
                  kind: "leaf",
                  vocabulary: "guarantee-trigger"
                },
                guarantee_response: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "guarantee-response"
                  }
                },
                guarantee_backstop: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                guarantee_void_if: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "guarantee-void"
                  }
                },
                guarantee_compensated: {
                  kind: "leaf"
                },
                force_limits: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      party: {
                        kind: "leaf"
                      },
                      troops: {
                        kind: "leaf",
                        vocabulary: "force-cap"
                      },
                      applies: {
                        kind: "leaf",
                        vocabulary: "force-scope"
                      },
                      tanks: {
                        kind: "leaf"
                      },
                      artillery: {
                        kind: "leaf"
                      },
                      combat_aircraft: {
                        kind: "leaf"
                      },
                      missile_range_km: {
                        kind: "leaf"
                      },
                      long_range_weapons: {
                        kind: "leaf",
                        vocabulary: "weapons-rule"
                      },
                      defence_industry: {
                        kind: "leaf",
                        vocabulary: "weapons-rule"
                      },
                      note: {
                        kind: "leaf"
                      }
                    }
                  }
                },
                force_caps: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      proposed_by: {
                        kind: "leaf"
                      },
                      troops: {
                        kind: "leaf"
                      },
                      tanks: {
                        kind: "leaf"
                      },
                      artillery: {
                        kind: "leaf"
                      },
                      combat_aircraft: {
                        kind: "leaf"
                      },
                      missile_range_km: {
                        kind: "leaf"
                      },
                      note: {
                        kind: "leaf"
                      }
                    }
                  }
                },
                peacekeepers: {
                  kind: "leaf",
                  vocabulary: "peacekeepers"
                },
                allied_aircraft: {
                  kind: "leaf",
                  vocabulary: "aircraft-basing"
                },
                non_aggression: {
                  kind: "leaf"
                },
                non_aggression_parties: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                non_aggression_law: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                arms_control: {
                  kind: "leaf"
                }
              }
            },
            sanctions: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                relief: {
                  kind: "leaf",
                  vocabulary: "sanctions-relief"
                },
                lifted_by: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "sanctions-authority"
                  }
                },
                relief_conditions: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "relief-condition"
                  }
                },
                conditions: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                snapback: {
                  kind: "leaf"
                },
                new_sanctions_barred: {
                  kind: "leaf"
                },
                frozen_assets: {
                  kind: "leaf",
                  vocabulary: "frozen-assets"
                },
                frozen_assets_amount: {
                  kind: "leaf"
                },
                frozen_assets_shares: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      to: {
                        kind: "leaf"
                      },
                      share_pct: {
                        kind: "leaf"
                      },
                      amount: {
                        kind: "leaf"
                      },
                      note: {
                        kind: "leaf"
                      }
                    }
                  }
                },
                g8_return: {
                  kind: "leaf"
                }
              }
            },
            economy: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                reconstruction_fund: {
                  kind: "leaf"
                },
                development_fund: {
                  kind: "leaf"
                },
                us_ukraine: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "us-ukraine-agreement"
                  }
                },
                us_russia_cooperation: {
                  kind: "leaf"
                },
                russia_reintegration: {
                  kind: "leaf"
                },
                dnipro_passage: {
                  kind: "leaf"
                },
                black_sea_shipping: {
                  kind: "leaf"
                }
              }
            },
            energy_transit: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                gas_transit: {
                  kind: "leaf",
                  vocabulary: "gas-transit"
                },
                term: {
                  kind: "leaf"
                },
                gas_infrastructure: {
                  kind: "leaf",
                  vocabulary: "facility-control"
                },
                zaporizhzhia_npp: {
                  kind: "leaf",
                  vocabulary: "facility-control"
                },
                zaporizhzhia_npp_options: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      proposed_by: {
                        kind: "leaf"
                      },
                      control: {
                        kind: "leaf",
                        vocabulary: "facility-control"
                      },
                      electricity_split: {
                        kind: "leaf"
                      },
                      note: {
                        kind: "leaf"
                      }
                    }
                  }
                },
                electricity_split: {
                  kind: "leaf"
                },
                kakhovka_dam: {
                  kind: "leaf",
                  vocabulary: "facility-control"
                },
                infrastructure_truce: {
                  kind: "leaf"
                }
              }
            },
            implementation: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                order: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "implementation-step"
                  }
                },
                entry_into_force: {
                  kind: "leaf",
                  vocabulary: "entry-into-force"
                },
                legally_binding: {
                  kind: "leaf"
                },
                ratification: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "ratifying-body"
                  }
                },
                unsc_resolution: {
                  kind: "leaf"
                },
                referendum: {
                  kind: "leaf",
                  vocabulary: "referendum-subject"
                },
                referendum_with_elections: {
                  kind: "leaf"
                },
                ceasefire_before_vote: {
                  kind: "leaf"
                },
                oversight: {
                  kind: "array",
                  element: {
                    kind: "leaf",
                    vocabulary: "oversight-body"
                  }
                },
                deadline: {
                  kind: "leaf"
                }
              }
            },
            signatories: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                parties: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                documents: {
                  kind: "leaf"
                },
                legitimacy_disputed: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                }
              }
            },
            accountability: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                amnesty: {
                  kind: "leaf",
                  vocabulary: "amnesty"
                },
                tribunal: {
                  kind: "leaf",
                  vocabulary: "tribunal"
                },
                reparations: {
                  kind: "leaf",
                  vocabulary: "reparations"
                },
                compensation_mechanism: {
                  kind: "leaf"
                }
              }
            },
            humanitarian: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                prisoners: {
                  kind: "leaf",
                  vocabulary: "prisoner-exchange"
                },
                civilians: {
                  kind: "leaf"
                },
                children: {
                  kind: "leaf"
                },
                political_prisoners: {
                  kind: "leaf"
                },
                remains: {
                  kind: "leaf"
                },
                family_reunification: {
                  kind: "leaf"
                }
              }
            },
            rights: {
              kind: "object",
              keys: {
                summary: {
                  kind: "leaf"
                },
                sources: {
                  kind: "array",
                  element: {
                    kind: "leaf"
                  }
                },
                note: {
                  kind: "leaf"
                },
                disputed: {
                  kind: "array",
                  element: {
                    kind: "object",
                    keys: {
                      field: {
                        kind: "leaf"
                      },
                      claim: {
                        kind: "leaf"
                      },
                      sources: {
                        kind: "array",
                        element: {
                          kind: "leaf"
                        }
                      }
                    }
                  }
                },
                language: {
                  kind: "leaf",
                  vocabulary: "language-regime"
                },
                religion: {
                  kind: "leaf",
                  vocabulary: "religion-regime"
                },
                nazism_ban: {
                  kind: "leaf",
                  vocabulary: "nazism-ban"
                },
                tolerance_education: {
                  kind: "leaf"
                },
                media_rights: {
                  kind: "leaf"
                }
              }
            },
            other: {
              kind: "array",
              element: {
                kind: "object",
                keys: {
                  topic: {
                    kind: "leaf"
                  },
                  summary: {
                    kind: "leaf"
                  },
                  sources: {
                    kind: "array",
                    element: {
                      kind: "leaf"
                    }
                  },
                  note: {
                    kind: "leaf"
                  },
                  disputed: {
                    kind: "array",
                    element: {
                      kind: "object",
                      keys: {
                        field: {
                          kind: "leaf"
                        },
                        claim: {
                          kind: "leaf"
                        },
                        sources: {
                          kind: "array",
                          element: {
                            kind: "leaf"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    };
  }
});

// src/schema/vocab.ts
function valuesOf(v) {
  return Object.keys(v.values);
}
function rankOf(v, value) {
  let i = v.scale?.indexOf(value) ?? -1;
  return i < 0 ? void 0 : i;
}
function vocabularyOfValues(values) {
  return byValues.get(values.map(String).join("|"));
}
var planStatus, sourceFlag, ceasefireStart, ceasefirePrecondition, ceasefireLine, monitoring, ceasefireScope, weaponClass, territorialStatus, territorialExtent, territorialBasis, electionScope, electionMonitoring, electionTiming, natoStance, euStance, foreignTroops, sanctionsRelief, frozenAssets, guarantee, armyCapWord, peacekeepers, gasTransit, facilityControl, zoneKind, zonePart, zoneAuthority, zoneRecognition, recognitionScope, recognitionInstrument, guaranteeForm, guaranteeTrigger, guaranteeResponse, guaranteeVoid, guaranteeStart, forceScope, weaponsRule, aircraftBasing, amnesty, tribunal, reparations, sanctionsAuthority, reliefCondition, implementationStep, entryIntoForce, ratifyingBody, referendumSubject, oversightBody, prisonerExchange, usUkraineAgreement, languageRegime, religionRegime, nazismBan, vocabularies, byValues, init_vocab = __esm({
  "src/schema/vocab.ts"() {
    "use strict";
    planStatus = {
      name: "plan-status",
      noun: "plan status",
      description: "How solid the text behind the plan is.",
      values: {
        official: "A text released by a party, or a signed document.",
        leaked: "A text obtained by the media whose authenticity officials have confirmed.",
        reported: "Described by officials or journalists; no full text is public.",
        statement: "Public remarks by a leader or spokesperson; a party's stated position.",
        speculative: "A single unverified outlet's account, or an author's own guess."
      }
    }, sourceFlag = {
      name: "source-flag",
      noun: "source flag",
      description: "Caveats a reader should know about a source.",
      values: {
        "state-media": "State or state-aligned outlet (TASS, RIA, Sputnik, RT; Global Times, CGTN \u2026).",
        aggregator: "Re-publishing network or aggregator (e.g. the news-pravda network).",
        republisher: "Low-quality re-publisher, used only where it carries a text better sources confirm.",
        translation: "A translation of the original text.",
        official: "Published by a party to the talks (a government site or joint statement)."
      }
    }, ceasefireStart = {
      name: "ceasefire-start",
      noun: "ceasefire start",
      description: "When the ceasefire takes effect.",
      values: {
        immediate: "At once, as soon as the plan is accepted.",
        "on-signature": "When the agreement is signed.",
        within: "Within a stated period (see `within`).",
        conditional: "Only once a condition is met (see `condition`).",
        none: "The plan explicitly foresees no ceasefire before a settlement.",
        unspecified: "A ceasefire is foreseen, but its timing is vague."
      }
    }, ceasefirePrecondition = {
      name: "ceasefire-precondition",
      noun: "ceasefire precondition",
      description: "Typed conditions a conditional ceasefire waits for.",
      values: {
        "ukrainian-withdrawal": "Ukrainian forces withdraw from territory Russia claims.",
        "russian-withdrawal": "Russian forces withdraw.",
        "nato-renunciation": "Ukraine formally renounces NATO membership.",
        "agreement-accepted": "All parties accept the framework or memorandum.",
        "pullback-to-agreed-positions": "Both sides pull back to agreed positions.",
        "arms-supply-halt": "Western arms deliveries and intelligence sharing stop.",
        "mobilisation-halt": "Ukraine stops mobilisation and demobilises.",
        "dialogue-resumed": "The parties resume direct talks."
      }
    }, ceasefireLine = {
      name: "ceasefire-line",
      noun: "ceasefire line",
      description: "Where the forces stand when the fighting stops.",
      values: {
        "line-of-contact": "The current line of contact.",
        "agreed-positions": "Positions the sides agree on, away from the current line.",
        "withdrawal-to-admin-borders": "Ukraine withdraws to the claimed regions' administrative borders.",
        "pre-2022-lines": "The lines of 23 February 2022.",
        "1991-borders": "Ukraine's internationally recognised borders of 1991.",
        unspecified: "A line is implied but not stated."
      }
    }, monitoring = {
      name: "monitoring",
      noun: "monitoring arrangement",
      description: "Who or what watches the ceasefire.",
      values: {
        none: "The plan says there is no monitoring.",
        international: "An international mission, not further named.",
        un: "The United Nations.",
        osce: "The OSCE.",
        "us-led": "A mechanism led by the United States.",
        "peace-council": 'A "Peace Council" or similar political body chaired by a third party.',
        technical: "Technical means: satellites, drones, radar.",
        bilateral: "A joint Russia\u2013Ukraine centre or commission.",
        unspecified: "Monitoring is foreseen, but who does it is vague."
      }
    }, ceasefireScope = {
      name: "ceasefire-scope",
      noun: "ceasefire scope",
      description: "What the ceasefire covers.",
      values: {
        full: "Land, air and sea.",
        "air-and-sea": "Air and sea only.",
        "energy-infrastructure": "Strikes on energy infrastructure only.",
        partial: "A named area or front only.",
        unspecified: "Scope not stated."
      },
      scale: ["energy-infrastructure", "partial", "air-and-sea", "full"],
      trend: { up: "wider", down: "narrower" }
    }, weaponClass = {
      name: "weapon-class",
      noun: "weapon class",
      description: "Classes of heavy weapons in pull-back rules.",
      values: {
        artillery: "Artillery of 100 mm calibre and more.",
        mlrs: "Multiple-launch rocket systems.",
        "heavy-mlrs": "Heavy rocket and tactical missile systems (Tornado-S, Uragan, Smerch, Tochka-U).",
        tanks: "Tanks.",
        mortars: "Mortars."
      }
    }, territorialStatus = {
      name: "territorial-status",
      noun: "territorial status",
      description: "What the plan does with a region.",
      values: {
        ukrainian: "Stays or returns under Ukrainian control, without qualification.",
        "special-status": "Stays in Ukraine with a special self-government status.",
        deferred: "Status left to later talks or to the leaders.",
        "frozen-at-line": "Divided at the line of contact, without settling sovereignty.",
        "demilitarized-zone": "A demilitarised or buffer zone.",
        "russian-de-facto": "Russian control is recognised in fact, not in law.",
        "russian-de-jure": "Recognised as Russian territory in law.",
        unspecified: "Addressed, but what happens is vague."
      },
      scale: [
        "ukrainian",
        "special-status",
        "deferred",
        "frozen-at-line",
        "demilitarized-zone",
        "russian-de-facto",
        "russian-de-jure"
      ],
      trend: { up: "toward Russia", down: "toward Ukraine" }
    }, territorialExtent = {
      name: "territorial-extent",
      noun: "territorial extent",
      description: "Which part of a region the status applies to.",
      values: {
        whole: "The whole region within its administrative borders.",
        "russian-held-part": "Only the part Russia holds.",
        "ukrainian-held-part": "Only the part Ukraine holds.",
        unspecified: "Not stated."
      }
    }, territorialBasis = {
      name: "territorial-basis",
      noun: "territorial basis",
      description: "The principle the plan applies to territory as a whole.",
      values: {
        "territorial-integrity": "Ukraine's territorial integrity within its 1991 borders.",
        "line-of-contact": "Talks start from the current line of contact.",
        "recognition-of-annexation": "The annexations Russia has declared are recognised.",
        "negotiated-later": "Territory is left to later negotiation.",
        unspecified: "Territory is addressed only vaguely."
      }
    }, electionScope = {
      name: "election-scope",
      noun: "election scope",
      description: "Which votes the plan foresees.",
      values: {
        national: "National elections (presidential and parliamentary).",
        presidential: "Presidential election.",
        parliamentary: "Parliamentary (Verkhovna Rada) election.",
        local: "Local elections.",
        "occupied-areas": "Votes in occupied or contested areas.",
        referendum: "A referendum (on the agreement or on a status)."
      }
    }, electionMonitoring = {
      name: "election-monitoring",
      noun: "election monitoring",
      description: "Who observes the vote.",
      values: {
        international: "International observers, not further named.",
        osce: "The OSCE and its ODIHR.",
        un: "The United Nations.",
        none: "The plan says there is no outside monitoring.",
        unspecified: "Monitoring mentioned, but vague."
      }
    }, electionTiming = {
      name: "election-timing",
      noun: "election timing",
      description: "Election timing without a number of days.",
      values: {
        "as-soon-as-possible": "As soon as possible after signing, no period given.",
        unspecified: "Elections foreseen, timing vague."
      }
    }, natoStance = {
      name: "nato-stance",
      noun: "NATO stance",
      description: "What the plan says about Ukraine's NATO membership.",
      values: {
        open: "Membership stays possible.",
        "consensus-dependent": "Left to NATO's consensus rule.",
        deferred: "Postponed, not excluded.",
        barred: "Excluded by the agreement.",
        "barred-constitutionally": "Excluded and written into Ukraine's constitution (or NATO's statutes).",
        unspecified: "Addressed, but vague."
      },
      scale: ["open", "consensus-dependent", "deferred", "barred", "barred-constitutionally"],
      trend: { up: "more restrictive", down: "less restrictive" }
    }, euStance = {
      name: "eu-stance",
      noun: "EU stance",
      description: "What the plan says about Ukraine's EU membership.",
      values: {
        barred: "Excluded.",
        open: "Ukraine may apply.",
        "fast-track": "Accelerated accession: a target date or a fast procedure (market access on its own is `eu_market_access`).",
        unspecified: "Addressed, but vague."
      },
      scale: ["barred", "open", "fast-track"],
      trend: { up: "more open", down: "less open" }
    }, foreignTroops = {
      name: "foreign-troops",
      noun: "foreign-troops rule",
      description: "Whether foreign forces may be stationed in Ukraine.",
      values: {
        allowed: "Allowed.",
        "peacekeepers-only": "Only a peacekeeping or reassurance force.",
        "nato-barred": "NATO forces barred; others not excluded.",
        barred: "All foreign forces, bases and infrastructure barred.",
        unspecified: "Addressed, but vague."
      },
      scale: ["allowed", "peacekeepers-only", "nato-barred", "barred"],
      trend: { up: "more restrictive", down: "less restrictive" }
    }, sanctionsRelief = {
      name: "sanctions-relief",
      noun: "sanctions relief",
      description: "How far sanctions on Russia are lifted.",
      values: {
        none: "Sanctions stay.",
        selective: "Selected sanctions lifted.",
        phased: "Lifted in stages.",
        full: "All lifted.",
        unspecified: "Relief mentioned, but vague."
      },
      scale: ["none", "selective", "phased", "full"],
      trend: { up: "more relief", down: "less relief" }
    }, frozenAssets = {
      name: "frozen-assets",
      noun: "frozen-assets arrangement",
      description: "What happens to Russia's frozen sovereign assets.",
      values: {
        returned: "Unfrozen and returned to Russia.",
        "reconstruction-fund": "Put into a fund for rebuilding Ukraine.",
        "frozen-until-reparations": "Kept frozen until Russia compensates Ukraine.",
        split: "Divided between purposes or parties.",
        unspecified: "Mentioned, but vague."
      }
    }, guarantee = {
      name: "guarantee",
      noun: "guarantee type",
      description: "The kind of security guarantee Ukraine gets.",
      values: {
        none: "No guarantee.",
        "reassurance-force": "A foreign force on the ground, without a treaty commitment.",
        bilateral: "Bilateral commitments (e.g. a US\u2013Ukraine pact).",
        multilateral: "Commitments by a group of states, below an Article 5 pledge.",
        "article-5-like": "A commitment to respond to an attack as NATO Article 5 does.",
        unspecified: "Guarantees promised, but their kind is vague."
      },
      scale: ["none", "reassurance-force", "bilateral", "multilateral", "article-5-like"],
      trend: { up: "stronger", down: "weaker" }
    }, armyCapWord = {
      name: "force-cap",
      noun: "troop limit",
      description: "A limit on a party's armed forces without a number.",
      values: {
        none: "The plan explicitly sets no limit.",
        unspecified: "A limit is foreseen, but its size is not given."
      }
    }, peacekeepers = {
      name: "peacekeepers",
      noun: "peacekeeping arrangement",
      description: "Who, if anyone, keeps the peace on the ground.",
      values: {
        none: "No peacekeepers.",
        european: "A European-led force.",
        multinational: "A multinational coalition force.",
        neutral: "Troops from neutral or non-aligned states.",
        un: "A UN mission.",
        unspecified: "A force foreseen, composition vague."
      }
    }, gasTransit = {
      name: "gas-transit",
      noun: "gas-transit arrangement",
      description: "Russian gas transit through Ukraine.",
      values: {
        guaranteed: "Guaranteed for a period.",
        resumed: "Restored.",
        ended: "Ended.",
        unspecified: "Mentioned, but vague."
      }
    }, facilityControl = {
      name: "facility-control",
      noun: "facility arrangement",
      description: "Who controls or runs a facility: the Zaporizhzhia nuclear plant, the Kakhovka dam, the gas network.",
      values: {
        ukrainian: "Returned to, or kept by, Ukraine.",
        russian: "Stays under Russia.",
        "us-operated": "Operated by the United States.",
        "us-ukraine-joint": "A US\u2013Ukraine joint venture.",
        "us-led-consortium": "A consortium of the US, Ukraine and Russia with the US as operator.",
        "third-party": "Handed to a neutral third party.",
        "iaea-supervised": "Restarted under IAEA supervision, control not settled.",
        unspecified: "Mentioned, but vague or disputed."
      }
    }, zoneKind = {
      name: "zone-kind",
      noun: "zone kind",
      description: "What kind of zone a plan creates inside a region.",
      values: {
        demilitarized: "No military forces or heavy weapons; a buffer between the sides.",
        "free-economic-zone": "A demilitarised area run as a special economic zone.",
        "security-zone": "A zone watched by monitors, with limits on forces near the line.",
        unspecified: "A zone is foreseen, its kind is vague."
      }
    }, zonePart = {
      name: "zone-part",
      noun: "zone area",
      description: "Which part of the region the zone covers.",
      values: {
        "ukrainian-held-part": "The part of the region Ukraine holds.",
        "russian-held-part": "The part of the region Russia holds.",
        "both-sides-of-line": "A strip on both sides of the line of contact.",
        whole: "The whole region.",
        unspecified: "Not stated."
      }
    }, zoneAuthority = {
      name: "zone-authority",
      noun: "zone authority",
      description: "Who administers, or who polices, a zone.",
      values: {
        ukrainian: "Ukrainian authorities (administration, or Ukrainian police).",
        russian: "Russian authorities (administration, or police).",
        rosgvardiya: "Russia's National Guard (Rosgvardiya).",
        international: "An international mission or monitors.",
        joint: "The sides jointly.",
        none: "Explicitly no one (no forces at all).",
        unspecified: "Not stated."
      }
    }, zoneRecognition = {
      name: "zone-recognition",
      noun: "zone recognition",
      description: "Whose territory the zone is recognised as.",
      values: {
        russian: "Recognised as Russian territory.",
        ukrainian: "Stays Ukrainian territory.",
        undetermined: "Explicitly left undetermined.",
        unspecified: "Not stated."
      },
      scale: ["ukrainian", "undetermined", "russian"],
      trend: { up: "toward Russia", down: "toward Ukraine" }
    }, recognitionScope = {
      name: "recognition-scope",
      noun: "recognition scope",
      description: "Who recognises the territorial arrangement.",
      values: {
        "united-states": "The United States alone.",
        signatories: "The signatories of the agreement.",
        international: "The international community at large.",
        "un-security-council": "A UN Security Council resolution.",
        unspecified: "Not stated."
      },
      scale: ["united-states", "signatories", "international", "un-security-council"],
      trend: { up: "more international recognition", down: "less international recognition" }
    }, recognitionInstrument = {
      name: "recognition-instrument",
      noun: "recognition instrument",
      description: "In what form the recognition is given.",
      values: {
        "political-statement": "A statement or declaration.",
        agreement: "The peace agreement itself.",
        treaty: 'A ratified treaty or "fundamental international agreements".',
        "unsc-resolution": "A UN Security Council resolution.",
        unspecified: "Not stated."
      },
      scale: ["political-statement", "agreement", "treaty", "unsc-resolution"],
      trend: { up: "firmer", down: "softer" }
    }, guaranteeForm = {
      name: "guarantee-form",
      noun: "guarantee form",
      description: "The legal form of the security guarantee.",
      values: {
        "political-declaration": "A political declaration or statement of intent.",
        "executive-agreement": "An agreement between governments, not ratified.",
        "legally-binding": "Legally binding, the procedure not named.",
        "ratified-treaty": "A treaty ratified by parliaments (the US Congress among them where the US guarantees).",
        unspecified: "Not stated."
      },
      scale: ["political-declaration", "executive-agreement", "legally-binding", "ratified-treaty"],
      trend: { up: "firmer", down: "softer" }
    }, guaranteeTrigger = {
      name: "guarantee-trigger",
      noun: "guarantee trigger",
      description: "What sets the guarantee off.",
      values: {
        "armed-attack": "An armed attack on Ukraine.",
        "large-scale-attack": "A large-scale, deliberate and sustained attack.",
        "ceasefire-violation": "A violation of the ceasefire.",
        unspecified: "Not stated."
      }
    }, guaranteeResponse = {
      name: "guarantee-response",
      noun: "guarantee response",
      description: "What the guarantors do when the guarantee is set off.",
      values: {
        consultations: "Consultations among the guarantors (e.g. within three days).",
        sanctions: "Sanctions on the attacker.",
        "military-aid": "Weapons, intelligence and other military aid.",
        "military-force": "Armed force, as NATO Article 5 allows.",
        unspecified: "Not stated."
      }
    }, guaranteeVoid = {
      name: "guarantee-void",
      noun: "guarantee condition",
      description: "What voids the guarantee.",
      values: {
        "ukrainian-attack-on-russia": "Ukraine invades or attacks Russia.",
        "strike-on-russian-cities": "Ukraine fires at Moscow or St Petersburg unprovoked.",
        "breach-of-settlement": "The territorial settlement is changed by force.",
        unspecified: "Not stated."
      }
    }, guaranteeStart = {
      name: "guarantee-start",
      noun: "guarantee start",
      description: "When the guarantee takes effect.",
      values: {
        "on-signature": "When the agreement is signed.",
        "on-ceasefire": "When a ceasefire takes effect.",
        "after-ratification": "After ratification (or approval in a referendum).",
        "after-war": "Only after the war has ended.",
        unspecified: "Not stated."
      }
    }, forceScope = {
      name: "force-scope",
      noun: "force-limit scope",
      description: "When a troop limit applies.",
      values: {
        always: "At all times.",
        peacetime: "In peacetime only.",
        unspecified: "Not stated."
      }
    }, weaponsRule = {
      name: "weapons-rule",
      noun: "weapons rule",
      description: "What a party may keep of a class of weapons or of its defence industry.",
      values: {
        barred: "Not allowed.",
        limited: "Limited (numbers, range or output).",
        unrestricted: "Explicitly not limited.",
        unspecified: "Addressed, but vague."
      },
      scale: ["unrestricted", "limited", "barred"],
      trend: { up: "more restrictive", down: "less restrictive" }
    }, aircraftBasing = {
      name: "aircraft-basing",
      noun: "allied aircraft basing",
      description: "Where allied (European) combat aircraft that protect Ukraine are based.",
      values: {
        "in-ukraine": "In Ukraine.",
        "neighbouring-states": "In neighbouring states (e.g. Poland), not in Ukraine.",
        none: "No allied aircraft.",
        unspecified: "Not stated."
      }
    }, amnesty = {
      name: "amnesty",
      noun: "amnesty",
      description: "Amnesty for acts committed during the war.",
      values: {
        none: "No amnesty: crimes are prosecuted.",
        partial: "An amnesty with exceptions (e.g. war crimes excluded), or for some people only.",
        full: "A full amnesty for every party.",
        unspecified: "An amnesty is mentioned, its extent is vague."
      },
      scale: ["none", "partial", "full"],
      trend: { up: "broader amnesty", down: "narrower amnesty" }
    }, tribunal = {
      name: "tribunal",
      noun: "tribunal",
      description: "Who tries crimes of the war.",
      values: {
        none: "No tribunal.",
        "special-tribunal": "A special tribunal for the crime of aggression.",
        "international-court": "The International Criminal Court or another international court.",
        "national-courts": "The parties' own courts.",
        unspecified: "Justice is mentioned, the court is not named."
      }
    }, reparations = {
      name: "reparations",
      noun: "reparations rule",
      description: "Who pays for the damage of the war.",
      values: {
        "mutual-waiver": "Both sides renounce claims against each other.",
        "russia-pays": "Russia compensates Ukraine (and others) for the damage.",
        none: "Explicitly no reparations.",
        unspecified: "Compensation is mentioned, vaguely."
      }
    }, sanctionsAuthority = {
      name: "sanctions-authority",
      noun: "sanctions authority",
      description: "Whose sanctions the clause is about.",
      values: {
        "united-states": "Sanctions of the United States (since 2014).",
        "european-union": "Sanctions of the European Union.",
        "united-kingdom": "Sanctions of the United Kingdom.",
        g7: "The G7 states together.",
        bilateral: "Sanctions between Russia and Ukraine only.",
        all: "All sanctions on Russia, whoever imposed them.",
        unspecified: "Not stated."
      }
    }, reliefCondition = {
      name: "relief-condition",
      noun: "relief condition",
      description: "The typed conditions sanctions relief waits for.",
      values: {
        "on-ceasefire": "A ceasefire holds.",
        "on-signature": "The agreement is signed.",
        "on-compliance": "Russia complies with the agreement (case by case, in stages).",
        "with-consent": "Each sanctioning state (or the EU) consents.",
        "on-reparations": "Russia pays for the damage."
      }
    }, implementationStep = {
      name: "implementation-step",
      noun: "implementation step",
      description: "Steps of a settlement, for the order in which a plan puts them.",
      values: {
        ceasefire: "The ceasefire takes effect.",
        withdrawal: "Forces withdraw (from a region or to agreed positions).",
        memorandum: "A memorandum or framework is signed.",
        summit: "The leaders meet.",
        "martial-law-lifted": "Ukraine's martial law ends.",
        elections: "Elections are held.",
        referendum: "A referendum is held.",
        signature: "The agreement is signed.",
        "guarantees-signed": "The security guarantees are signed.",
        ratification: "Parliaments ratify.",
        "unsc-resolution": "The UN Security Council endorses the agreement.",
        "sanctions-relief": "Sanctions are eased."
      }
    }, entryIntoForce = {
      name: "entry-into-force",
      noun: "entry into force",
      description: "When the agreement takes effect.",
      values: {
        "on-acceptance": "When every party accepts it.",
        "on-signature": "When it is signed.",
        "after-ratification": "After ratification by parliaments.",
        "after-referendum": "After approval in a referendum.",
        unspecified: "Not stated."
      }
    }, ratifyingBody = {
      name: "ratifying-body",
      noun: "ratifying body",
      description: "Who must ratify the agreement or its guarantees.",
      values: {
        rada: "Ukraine's parliament (Verkhovna Rada).",
        duma: "Russia's State Duma.",
        "us-congress": "The United States Congress.",
        "guarantor-parliaments": "The guarantor states' parliaments.",
        unspecified: "Ratification is foreseen, by whom is not said."
      }
    }, referendumSubject = {
      name: "referendum-subject",
      noun: "referendum subject",
      description: "What a referendum decides.",
      values: {
        "on-agreement": "Whether to accept the peace agreement.",
        "on-territory": "A territorial arrangement (e.g. a zone in Donetsk).",
        "on-neutrality": "Ukraine's neutrality or alliances.",
        none: "Explicitly no referendum.",
        unspecified: "A referendum is foreseen, its subject is vague."
      }
    }, oversightBody = {
      name: "oversight-body",
      noun: "oversight body",
      description: "Bodies that oversee the implementation of the agreement.",
      values: {
        "peace-council": 'A "Peace Council" chaired by the US president (or a similar political body).',
        "us-russia-working-group": "A joint US\u2013Russian security working group.",
        "special-commission": "A commission that handles breaches (e.g. of the Paris Declaration).",
        "humanitarian-committee": "A humanitarian committee for prisoners, civilians and remains.",
        "joint-commission": "A Russia\u2013Ukraine joint commission or contact group.",
        osce: "The OSCE.",
        un: "The United Nations.",
        unspecified: "Oversight is foreseen, by whom is vague."
      }
    }, prisonerExchange = {
      name: "prisoner-exchange",
      noun: "prisoner exchange",
      description: "The exchange of prisoners of war.",
      values: {
        none: "No exchange.",
        partial: "Some prisoners, by category or number.",
        "all-for-all": "All prisoners for all prisoners.",
        unspecified: "An exchange is mentioned, vaguely."
      },
      scale: ["none", "partial", "all-for-all"],
      trend: { up: "broader", down: "narrower" }
    }, usUkraineAgreement = {
      name: "us-ukraine-agreement",
      noun: "US\u2013Ukraine agreement",
      description: "Economic agreements between the United States and Ukraine.",
      values: {
        "free-trade": "A free-trade agreement.",
        minerals: "The minerals (natural resources) agreement.",
        investment: "An investment agreement or fund."
      }
    }, languageRegime = {
      name: "language-regime",
      noun: "language rule",
      description: "What the plan says about the Russian language in Ukraine.",
      values: {
        "minority-rights": "EU (Council of Europe) rules on minority languages.",
        "official-russian": "Russian becomes an official language.",
        unspecified: "Language is mentioned, vaguely."
      },
      scale: ["minority-rights", "official-russian"],
      trend: { up: "toward Russian demands", down: "toward Ukrainian law" }
    }, religionRegime = {
      name: "religion-regime",
      noun: "religion rule",
      description: "What the plan says about churches and religion.",
      values: {
        "eu-tolerance-rules": "EU rules on religious tolerance.",
        "moscow-church-protected": "Restrictions on the Moscow-linked church are lifted or it gets official status.",
        unspecified: "Religion is mentioned, vaguely."
      }
    }, nazismBan = {
      name: "nazism-ban",
      noun: "ban on Nazi ideology",
      description: "Who bans Nazi ideology.",
      values: {
        mutual: "Both countries ban it.",
        "ukraine-only": 'Ukraine alone ("denazification").',
        unspecified: "Mentioned, vaguely."
      }
    }, vocabularies = {
      planStatus,
      sourceFlag,
      ceasefireStart,
      ceasefirePrecondition,
      ceasefireLine,
      monitoring,
      ceasefireScope,
      weaponClass,
      territorialStatus,
      territorialExtent,
      territorialBasis,
      electionScope,
      electionMonitoring,
      electionTiming,
      natoStance,
      euStance,
      foreignTroops,
      sanctionsRelief,
      frozenAssets,
      guarantee,
      armyCapWord,
      peacekeepers,
      gasTransit,
      facilityControl,
      zoneKind,
      zonePart,
      zoneAuthority,
      zoneRecognition,
      recognitionScope,
      recognitionInstrument,
      guaranteeForm,
      guaranteeTrigger,
      guaranteeResponse,
      guaranteeVoid,
      guaranteeStart,
      forceScope,
      weaponsRule,
      aircraftBasing,
      amnesty,
      tribunal,
      reparations,
      sanctionsAuthority,
      reliefCondition,
      implementationStep,
      entryIntoForce,
      ratifyingBody,
      referendumSubject,
      oversightBody,
      prisonerExchange,
      usUkraineAgreement,
      languageRegime,
      religionRegime,
      nazismBan
    };
    byValues = new Map(
      Object.values(vocabularies).map((v) => [Object.keys(v.values).join("|"), v])
    );
  }
});

// src/schema/introspect.ts
function shapeAt(path, from = root) {
  let node2 = from;
  for (let seg of path) {
    if (!node2) return;
    if (node2.kind === "object") node2 = node2.keys[String(seg)];
    else if (node2.kind === "array") node2 = node2.element;
    else if (node2.kind === "record") node2 = node2.value;
    else return;
  }
  return node2;
}
function keysAt(path) {
  let node2 = shapeAt(path);
  return node2?.kind === "object" ? Object.keys(node2.keys) : [];
}
function vocabularyAt(path) {
  let node2 = shapeAt(path);
  return node2?.kind === "array" && (node2 = node2.element), node2?.kind === "leaf" && node2.vocabulary ? byName.get(node2.vocabulary) : void 0;
}
var root, byName, init_introspect = __esm({
  "src/schema/introspect.ts"() {
    "use strict";
    init_plan_shape();
    init_vocab();
    init_vocab();
    root = plan_shape_default;
    byName = new Map(Object.values(vocabularies).map((v) => [v.name, v]));
  }
});

// src/schema/money.ts
function parseMoney(text) {
  if (!moneyRegex.test(text)) return;
  let [amount, scale, currency] = text.split(" ");
  return { text, bn: Number(amount) * scaleBn[scale], currency };
}
function isMoney(v) {
  return typeof v == "object" && v !== null && "bn" in v && "currency" in v && "text" in v;
}
var scaleBn, moneyPattern, moneyRegex, init_money = __esm({
  "src/schema/money.ts"() {
    "use strict";
    scaleBn = { m: 1e-3, bn: 1, tn: 1e3 }, moneyPattern = "^[0-9]+(\\.[0-9]+)? (m|bn|tn) (USD|EUR|GBP)$", moneyRegex = new RegExp(moneyPattern);
  }
});

// src/schema/regions.ts
var regions, regionKeys, init_regions = __esm({
  "src/schema/regions.ts"() {
    "use strict";
    regions = {
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
  }
});

// src/util/byCodeUnits.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_byCodeUnits = __esm({
  "src/util/byCodeUnits.ts"() {
    "use strict";
  }
});

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema2) => schema2;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  let numericValues = Object.values(entries).filter((v) => typeof v == "number");
  return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  return typeof value == "bigint" ? value.toString() : value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input == null;
}
function cleanRegex(source2) {
  let start = source2.startsWith("^") ? 1 : 0, end = source2.endsWith("$") ? source2.length - 1 : source2.length;
  return source2.slice(start, end);
}
function floatSafeRemainder(val, step) {
  let ratio = val / step, roundedRatio = Math.round(ratio), tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  return Math.abs(ratio - roundedRatio) < tolerance ? 0 : ratio - roundedRatio;
}
function defineLazy(object, key, getter) {
  let value;
  Object.defineProperty(object, key, {
    get() {
      if (value !== EVALUATING)
        return value === void 0 && (value = EVALUATING, value = getter()), value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: !0
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: !0,
    enumerable: !0,
    configurable: !0
  });
}
function rawShape(def) {
  let desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema2) {
  return rawShape(schema2._zod.def) ?? schema2._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      let value = getter();
      return assignProp(this, key, value), value;
    },
    enumerable: !0,
    configurable: !0
  });
}
function putProp(target, key, value) {
  key in target ? assignProp(target, key, value) : target[key] = value;
}
function mirrorShape(target, source2, keys, wrap) {
  let raw = sourceShape(source2);
  for (let key of keys) {
    let desc = Object.getOwnPropertyDescriptor(raw, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => {
      let value = source2._zod.def.shape[key];
      return wrap ? wrap(value, key) : value;
    }) : putProp(target, key, wrap ? wrap(desc.value, key) : desc.value));
  }
}
function mirrorProps(target, source2) {
  for (let key of Reflect.ownKeys(source2)) {
    let desc = Object.getOwnPropertyDescriptor(source2, key);
    desc.enumerable && (desc.get ? deferProp(target, key, () => source2[key]) : putProp(target, key, desc.value));
  }
}
function mergeDefs(...defs) {
  let mergedDescriptors = {};
  for (let def of defs) {
    let descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema2) {
  return mergeDefs(schema2._zod.def);
}
function getElementAtPath(obj, path) {
  return path ? path.reduce((acc, key) => acc?.[key], obj) : obj;
}
function promiseAllObject(promisesObj) {
  let keys = Object.keys(promisesObj), promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    let resolvedObj = {};
    for (let i = 0; i < keys.length; i++)
      resolvedObj[keys[i]] = results[i];
    return resolvedObj;
  });
}
function randomString(length = 10) {
  let chars = "abcdefghijklmnopqrstuvwxyz", str2 = "";
  for (let i = 0; i < length; i++)
    str2 += chars[Math.floor(Math.random() * chars.length)];
  return str2;
}
function esc(str2) {
  return JSON.stringify(str2);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject(data) {
  return typeof data == "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === !1)
    return !1;
  let ctor = o.constructor;
  if (ctor === void 0 || typeof ctor != "function")
    return !0;
  let prot = ctor.prototype;
  return !(isObject(prot) === !1 || Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === !1);
}
function shallowClone(o) {
  return isPlainObject(o) ? { ...o } : Array.isArray(o) ? [...o] : o instanceof Map ? new Map(o) : o instanceof Set ? new Set(o) : o;
}
function numKeys(data) {
  let keyCount = 0;
  for (let key in data)
    Object.prototype.hasOwnProperty.call(data, key) && keyCount++;
  return keyCount;
}
function escapeRegex(str2) {
  return str2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  let cl = new inst._zod.constr(def ?? inst._zod.def);
  return (!def || params?.parent) && (cl._zod.parent = inst), cl;
}
function normalizeParams(_params) {
  let params = _params;
  if (!params)
    return {};
  if (typeof params == "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  return delete params.message, typeof params.error == "string" ? { ...params, error: () => params.error } : params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      return target ?? (target = getter()), Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      return target ?? (target = getter()), Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      return target ?? (target = getter()), Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      return target ?? (target = getter()), Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      return target ?? (target = getter()), Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      return target ?? (target = getter()), Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      return target ?? (target = getter()), Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  return typeof value == "bigint" ? value.toString() + "n" : typeof value == "string" ? `"${value}"` : `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional");
}
function pick(schema2, mask) {
  let currDef = schema2._zod.def, checks = currDef.checks;
  if (checks && checks.length > 0)
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  let newShape = {};
  return mirrorShape(newShape, schema2, maskedKeys(schema2, mask)), clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema2, mask) {
  let raw = sourceShape(schema2), keys = [];
  for (let key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable)
      throw new Error(`Unrecognized key: "${String(key)}"`);
    mask[key] && keys.push(key);
  }
  return keys;
}
function omit(schema2, mask) {
  let currDef = schema2._zod.def, checks = currDef.checks;
  if (checks && checks.length > 0)
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  let omitted = new Set(maskedKeys(schema2, mask)), newShape = {};
  return mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)).filter((key) => !omitted.has(key))), clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema2, shape) {
  if (!isPlainObject(shape))
    throw new Error("Invalid input to extend: expected a plain object");
  let checks = schema2._zod.def.checks;
  if (checks && checks.length > 0) {
    let existingShape = sourceShape(schema2);
    for (let key of Reflect.ownKeys(shape))
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0)
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function extended(schema2, shape) {
  let newShape = {};
  return mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2))), mirrorProps(newShape, shape), newShape;
}
function safeExtend(schema2, shape) {
  if (!isPlainObject(shape))
    throw new Error("Invalid input to safeExtend: expected a plain object");
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def)
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  if (a._zod.def.checks?.length)
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  let newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a))), mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  let def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema2, mask, name = "partial") {
  let checks = schema2._zod.def.checks;
  if (checks && checks.length > 0)
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  let selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0, newShape = {};
  return mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value }))), clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema2, mask) {
  let selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0, newShape = {};
  return mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  )), clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue !== !0)
      return !0;
  return !1;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === !0)
    return !0;
  for (let i = startIndex; i < x.issues.length; i++)
    if (x.issues[i]?.continue === !1)
      return !0;
  return !1;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    return (_a3 = iss).path ?? (_a3.path = []), iss.path.unshift(path), iss;
  });
}
function unwrapMessage(message) {
  return typeof message == "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  let caps = [];
  for (let ch of defChecks ?? []) {
    let d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    let max = d.maximum ?? d.length ?? d.size;
    max >= 0 && caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++)
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  let traits = iss.inst?._zod?.traits;
  traits?.has("$ZodType") && (traits.has("$ZodCheck") ? (_a3 = iss).schema ?? (_a3.schema = iss.inst) : iss.schema = iss.inst);
  let schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0, message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input", full = {};
  for (let k of Object.keys(iss))
    k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__" || (full[k] = iss[k]);
  return full.path ?? (full.path = []), full.message = message, ctx?.reportInput && (full.input = iss.input), full;
}
function getSizableOrigin(input) {
  return input instanceof Set ? "set" : input instanceof Map ? "map" : input instanceof File ? "file" : "unknown";
}
function codePointLength(str2) {
  let units = str2.length;
  if (!highSurrogate.test(str2))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++)
    (str2.charCodeAt(i) & 64512) === 55296 && (str2.charCodeAt(i + 1) & 64512) === 56320 && (count2--, i++);
  return count2;
}
function getLengthableOrigin(input) {
  return Array.isArray(input) ? "array" : typeof input == "string" ? "string" : "unknown";
}
function parsedType(data) {
  let t2 = typeof data;
  switch (t2) {
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "object": {
      if (data === null)
        return "null";
      if (Array.isArray(data))
        return "array";
      let obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor)
        return obj.constructor.name;
    }
  }
  return t2;
}
function issue(...args) {
  let [iss, input, inst] = args;
  return typeof iss == "string" ? {
    message: iss,
    code: "custom",
    input,
    inst
  } : { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => Number.isNaN(Number.parseInt(k, 10))).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  let binaryString = atob(base642), bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++)
    bytes[i] = binaryString.charCodeAt(i);
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++)
    binaryString += String.fromCharCode(bytes[i]);
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  let base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/"), padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  let cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0)
    throw new Error("Invalid hex string length");
  let bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2)
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
function members(proto2, table) {
  for (let key in table) {
    let desc = Object.getOwnPropertyDescriptor(table, key);
    desc.get ? Object.defineProperty(proto2, key, { ...desc, enumerable: !1 }) : defineBound(proto2, key, desc.value);
  }
}
function own(inst, key, value, enumerable = !0) {
  return Object.defineProperty(inst, key, { configurable: !0, writable: !0, enumerable, value }), value;
}
function hide(inst, key, value) {
  return own(inst, key, value, !1);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (let key in computes) {
    let compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: !0,
      enumerable: !0,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto2, key, fn) {
  Object.defineProperty(proto2, key, {
    configurable: !0,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  let proto2 = Object.getPrototypeOf(inst);
  return sentinel in proto2 ? void 0 : proto2;
}
function defineLazyInternal(inst, key, compute) {
  let proto2 = Object.getPrototypeOf(inst._zod);
  if (key in proto2 && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod, Object.defineProperty(proto2, key, {
    configurable: !0,
    get() {
      Object.defineProperty(this, key, breaker);
      let outer = broke;
      broke = !1;
      try {
        let value = compute(this);
        return broke ? delete this[key] : Object.defineProperty(this, key, { configurable: !0, writable: !0, value }), broke = broke || outer, value;
      } catch (err) {
        throw delete this[key], broke = broke || outer, err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  let proto2 = claim(inst, key);
  proto2 && Object.defineProperty(proto2, key, {
    configurable: !0,
    get() {
      let desc = { configurable: !0, writable: !0, enumerable, value: void 0 };
      return Object.defineProperty(this, key, desc), desc.value = make(this), Object.defineProperty(this, key, desc), desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: !0, writable: !0, enumerable, value });
    }
  });
}
function constantCatch(value) {
  let fn = () => value;
  return fn[CONSTANT_CATCH] = !0, fn;
}
var Cached, EVALUATING, captureStackTrace, allowsEval, getParsedType, propertyKeyTypes, primitiveTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, Class, installing, broke, breaker, CONSTANT_CATCH, init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    init_core();
    Cached = class {
      constructor(getter) {
        this._getter = getter, this._value = void 0;
      }
      get value() {
        let getter = this._getter;
        return getter !== void 0 && (this._value = getter(), this._getter = void 0), this._value;
      }
    };
    EVALUATING = /* @__PURE__ */ Symbol("evaluating");
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    allowsEval = /* @__PURE__ */ cached(() => {
      if (globalConfig.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare"))
        return !1;
      try {
        let F = Function;
        return new F(""), !0;
      } catch {
        return !1;
      }
    });
    getParsedType = (data) => {
      let t2 = typeof data;
      switch (t2) {
        case "undefined":
          return "undefined";
        case "string":
          return "string";
        case "number":
          return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
          return "boolean";
        case "function":
          return "function";
        case "bigint":
          return "bigint";
        case "symbol":
          return "symbol";
        case "object":
          return Array.isArray(data) ? "array" : data === null ? "null" : data.then && typeof data.then == "function" && data.catch && typeof data.catch == "function" ? "promise" : typeof Map < "u" && data instanceof Map ? "map" : typeof Set < "u" && data instanceof Set ? "set" : typeof Date < "u" && data instanceof Date ? "date" : typeof File < "u" && data instanceof File ? "file" : "object";
        default:
          throw new Error(`Unknown data type: ${t2}`);
      }
    }, propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]), primitiveTypes = /* @__PURE__ */ new Set([
      "string",
      "number",
      "bigint",
      "boolean",
      "symbol",
      "undefined"
    ]);
    NUMBER_FORMAT_RANGES = {
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }, BIGINT_FORMAT_RANGES = {
      int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
      uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
    };
    highSurrogate = /[\uD800-\uDBFF]/;
    Class = class {
      constructor(..._args) {
      }
    };
    broke = !1, breaker = {
      configurable: !0,
      get() {
        broke = !0;
      }
    };
    CONSTANT_CATCH = "~constantCatch";
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  let E = _E;
  if (E) {
    let saved = E.stackTraceLimit;
    if (typeof saved == "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        return _E = null, new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto2, params) {
  let zodProto = {};
  function Internals(def) {
    this.def = def, this.constr = _, this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  let protoMembers = proto2, initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (inst._zod) {
      if (inst._zod.traits.has(name))
        return;
    } else {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    }
    if (inst._zod.traits.add(name), initializer3(inst, def), initialized) {
      let own2 = Object.getPrototypeOf(inst), ctorProto = inst._zod.constr.prototype, up = own2;
      for (; up && up !== ctorProto; )
        up = Object.getPrototypeOf(up);
      let target = up ?? own2;
      initialized.has(target) || (initialized.add(target), members(target, protoMembers));
    }
    let proto3 = _.prototype;
    for (let k in proto3)
      Object.prototype.hasOwnProperty.call(proto3, k) && (k in inst || (inst[k] = proto3[k].bind(inst)));
  }
  let Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    let inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    let deferred = inst._zod.deferred;
    if (deferred) {
      for (let fn of deferred)
        fn();
      inst._zod.deferred = void 0;
    }
    let pp = globalThis.__zod_globalConfig?.postProcessor;
    return pp && pp(inst), inst;
  }
  return Object.defineProperty(_, "init", { value: init }), Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => params?.Parent && inst instanceof params.Parent ? !0 : inst?._zod?.traits?.has(name)
  }), Object.defineProperty(_, "name", { value: name }), _;
}
function config(newConfig) {
  return newConfig && Object.assign(globalConfig, newConfig), globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig, init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: !1 }, _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    }, $ZodEncodeError = class extends Error {
      constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`), this.name = "ZodEncodeError";
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  let internals = this._zod;
  return internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2)), internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
function node(obj, key, make) {
  return Object.prototype.hasOwnProperty.call(obj, key) || (key === "__proto__" ? Object.defineProperty(obj, key, { value: make(), writable: !0, enumerable: !0, configurable: !0 }) : obj[key] = make()), obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  let fieldErrors = {}, formErrors = [];
  for (let sub of error2.issues)
    sub.path.length > 0 ? node(fieldErrors, sub.path[0], () => []).push(mapper(sub)) : formErrors.push(mapper(sub));
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  let fieldErrors = { _errors: [] }, processError = (error3, path = []) => {
    for (let issue2 of error3.issues)
      if (issue2.code === "invalid_union" && issue2.errors.length)
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      else if (issue2.code === "invalid_key")
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      else if (issue2.code === "invalid_element")
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      else {
        let fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0)
          fieldErrors._errors.push(mapper(issue2));
        else {
          let curr = fieldErrors, i = 0;
          for (; i < fullpath.length; ) {
            let el = fullpath[i], terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              terminal && curr._errors.push(mapper(issue2)), i++;
              continue;
            }
            Object.prototype.hasOwnProperty.call(curr, el) || Object.defineProperty(curr, el, {
              value: { _errors: [] },
              enumerable: !0,
              writable: !0,
              configurable: !0
            });
            let node2 = curr[el];
            terminal && node2._errors.push(mapper(issue2)), curr = node2, i++;
          }
        }
      }
  };
  return processError(error2), fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError, init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: !0,
      configurable: !0
    }, _issuesDesc = { value: void 0, enumerable: !1 }, _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), initializer = (inst, def) => {
      inst.name = "$ZodError", _issuesDesc.value = def, Object.defineProperty(inst, "issues", _issuesDesc), _issuesDesc.value = void 0, Object.defineProperty(inst, "message", _messageDesc);
      let proto2 = Object.getPrototypeOf(inst);
      _installedToString.has(proto2) || (_installedToString.add(proto2), Object.defineProperty(proto2, "toString", {
        configurable: !0,
        enumerable: !1,
        get() {
          let value = () => this.message;
          return Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 }), value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: !0, writable: !0 });
        }
      }));
    }, $ZodError = $constructor("$ZodError", initializer), $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: !1,
    get error() {
      return error2 || (error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config()))), issues = void 0, ctx = void 0), error2;
    },
    set error(e) {
      error2 = e, issues = void 0, ctx = void 0;
    }
  };
}
function validateFallback(schema2, value, _ctx) {
  let ctx = _ctx ? { ..._ctx, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 }, fallbackRun = schema2._zod.bag.fallbackRun, result;
  if (fallbackRun ? (ctx[COMPILE_FALLBACK] = !0, result = fallbackRun({ value, issues: [] }, ctx)) : result = schema2._zod.run({ value, issues: [] }, ctx), result instanceof Promise)
    throw new $ZodAsyncError();
  return result.issues.length === 0;
}
var _parse, _parseAsync, _safeParse, _safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync, init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_util();
    _parse = (_Err) => {
      let fn = (schema2, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema2._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
          throw new $ZodAsyncError();
        if (result.issues.length) {
          let e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, _params?.callee ?? fn), e;
        }
        return result.value;
      };
      return fn;
    }, _parseAsync = (_Err) => {
      let fn = async (schema2, value, _ctx, params) => {
        let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema2._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise && (result = await result), result.issues.length) {
          let e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          throw captureStackTrace(e, params?.callee ?? fn), e;
        }
        return result.value;
      };
      return fn;
    }, _safeParse = (_Err) => (schema2, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !1 } : { async: !1 }, result = schema2._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        throw new $ZodAsyncError();
      return result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
    };
    _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !0 } : { async: !0 }, result = schema2._zod.run({ value, issues: [] }, ctx);
      return result instanceof Promise && (result = await result), result.issues.length ? failure(_Err, result.issues, ctx) : { success: !0, data: result.value };
    }, COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), validate = ((schema2, value, _ctx) => {
      let validator = schema2._zod.bag.validator;
      if (validator !== void 0) {
        if (validator(value) !== COMPILE_INVALID)
          return !0;
        if (validator.definite === !0 && _ctx === void 0)
          return !1;
      }
      return validateFallback(schema2, value, _ctx);
    });
    validateAsync = async (schema2, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 }, result = schema2._zod.run({ value, issues: [] }, ctx);
      return result instanceof Promise && (result = await result), result.issues.length === 0;
    }, _encode = (_Err) => {
      let parse2 = _parse(_Err), fn = (schema2, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse2(schema2, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    }, _decode = (_Err) => {
      let parse2 = _parse(_Err), fn = (schema2, value, _ctx, _params) => parse2(schema2, value, _ctx, finalizeParams(fn, _params));
      return fn;
    }, _encodeAsync = (_Err) => {
      let parseAsync2 = _parseAsync(_Err), fn = async (schema2, value, _ctx, _params) => {
        let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return await parseAsync2(schema2, value, ctx, finalizeParams(fn, _params));
      };
      return fn;
    }, _decodeAsync = (_Err) => {
      let parseAsync2 = _parseAsync(_Err), fn = async (schema2, value, _ctx, _params) => await parseAsync2(schema2, value, _ctx, finalizeParams(fn, _params));
      return fn;
    }, _safeEncode = (_Err) => (schema2, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParse(_Err)(schema2, value, ctx);
    }, _safeDecode = (_Err) => (schema2, value, _ctx) => _safeParse(_Err)(schema2, value, _ctx), _safeEncodeAsync = (_Err) => async (schema2, value, _ctx) => {
      let ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
      return _safeParseAsync(_Err)(schema2, value, ctx);
    }, _safeDecodeAsync = (_Err) => async (schema2, value, _ctx) => _safeParseAsync(_Err)(schema2, value, _ctx);
  }
});

// node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
  return new RegExp(_emoji, "u");
}
function anchor(source2) {
  return new RegExp(`^${source2}$`);
}
function timeSource(args) {
  let hhmm = "(?:[01]\\d|2[0-3]):[0-5]\\d";
  return typeof args.precision == "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  let opts = ["Z"];
  args.offset && opts.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
  let qualified = `${timeSource({ precision: args.precision, seconds: !0 })}(?:${opts.join("|")})`, timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer, number, boolean, lowercase, uppercase, init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    cuid = /^[cC][0-9a-z]{6,}$/, cuid2 = /^[0-9a-z]+$/, ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, xid = /^[0-9a-vA-V]{20}$/, ksuid = /^[A-Za-z0-9]{27}$/, nanoid = /^[a-zA-Z0-9_-]{21}$/;
    duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, uuid = (version2) => version2 ? new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, _emoji = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
    ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, httpProtocol = /^https?$/, e164 = /^\+[1-9]\d{6,14}$/, dateSource = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
    date = /* @__PURE__ */ anchor(dateSource);
    anyString = /^[\s\S]{0,}$/, integer = /^-?\d+$/, number = /^-?\d+(?:\.\d+)?$/, boolean = /^(?:true|false)$/i, lowercase = /^[^A-Z]*$/, uppercase = /^[^a-z]*$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckMultipleOf, $ZodCheckNumberFormat, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite, init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_regexes();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {}), inst._zod.def = def, (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    }), _whenHasLength = (payload) => {
      let val = payload.value;
      return !nullish(val) && val.length !== void 0;
    }, numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    }, $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      let origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        (def.inclusive ? payload.value <= def.value : payload.value < def.value) || payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value == "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      let origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        (def.inclusive ? payload.value >= def.value : payload.value > def.value) || payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value == "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def) => {
      $ZodCheck.init(inst, def), inst._zod.check = (payload) => {
        if (typeof payload.value != typeof def.value)
          throw new Error("Cannot mix number and bigint in multiple_of check.");
        (typeof payload.value == "bigint" ? (
          // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
          def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
        ) : floatSafeRemainder(payload.value, def.value) === 0) || payload.issues.push({
          origin: typeof payload.value,
          code: "not_multiple_of",
          divisor: def.value,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def), def.format = def.format || "float64";
      let isInt = def.format?.includes("int"), origin = isInt ? "int" : "number", [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        let input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: !1,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            input > 0 ? payload.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: !0,
              continue: !def.abort
            }) : payload.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: !0,
              continue: !def.abort
            });
            return;
          }
        }
        input < minimum && payload.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: !0,
          inst,
          continue: !def.abort
        }), input > maximum && payload.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inclusive: !0,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length;
        if ((typeof input == "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum)
          return;
        let origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_big",
          maximum: def.maximum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length;
        if ((typeof input == "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum)
          return;
        let origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: !0,
          input,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def), (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength), inst._zod.check = (payload) => {
        let input = payload.value, units = input.length, length = typeof input == "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
        if (length === def.length)
          return;
        let origin = getLengthableOrigin(input), tooBig = length > def.length;
        payload.issues.push({
          origin,
          ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
          inclusive: !0,
          exact: !0,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def), def.pattern ? (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
        def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      }) : (_b = inst._zod).check ?? (_b.check = () => {
      });
    }), $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def), inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0, !def.pattern.test(payload.value) && payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
      def.pattern ?? (def.pattern = lowercase), $ZodCheckStringFormat.init(inst, def);
    }), $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
      def.pattern ?? (def.pattern = uppercase), $ZodCheckStringFormat.init(inst, def);
    }), $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
      $ZodCheck.init(inst, def);
      let escapedRegex = escapeRegex(def.includes), pattern = new RegExp(typeof def.position == "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
      def.pattern = pattern, inst._zod.check = (payload) => {
        payload.value.includes(def.includes, def.position) || payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "includes",
          includes: def.includes,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      let pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
      def.pattern ?? (def.pattern = pattern), inst._zod.check = (payload) => {
        payload.value.startsWith(def.prefix) || payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "starts_with",
          prefix: def.prefix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
      $ZodCheck.init(inst, def);
      let pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
      def.pattern ?? (def.pattern = pattern), inst._zod.check = (payload) => {
        payload.value.endsWith(def.suffix) || payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "ends_with",
          suffix: def.suffix,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
      $ZodCheck.init(inst, def), inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var Doc, init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
    Doc = class {
      constructor(args = [], closed = {}) {
        this.content = [], this.indent = 0, this.args = args, this.closed = closed;
      }
      // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
      indented(fn) {
        this.indent += 1;
        try {
          fn(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(arg) {
        if (typeof arg == "function") {
          arg(this, { execution: "sync" }), arg(this, { execution: "async" });
          return;
        }
        let lines = arg.split(`
`).filter((x) => x), minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length)), dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (let line of dedented)
          this.content.push(line);
      }
      compile() {
        let F = Function, content = this?.content ?? [""];
        return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join(`
`)}
};`)(...Object.values(this.closed));
      }
    };
  }
});

// node_modules/zod/v4/core/versions.js
var version, init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync2(inst, value) {
  let ctx = { async: !0 };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      let ctx = { async: !1 };
      try {
        let r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function canParseURL(input) {
  try {
    return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(input) : (new URL(input), !0);
  } catch {
    return !1;
  }
}
function validateURL(trimmed, def) {
  return !("normalize" in def) && !("hostname" in def) && !("protocol" in def) ? canParseURL(trimmed) || URL_UNPARSEABLE : parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed))
    return URL_BAD_FORMAT;
  try {
    if (typeof URL < "u") {
      let URLStatic = URL;
      if (typeof URLStatic.parse == "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  return hostname.lastIndex = 0, hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  return protocol.lastIndex = 0, protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
  return ipv6Alphabet.test(value) ? canParseURL(`http://[${value}]`) : !1;
}
function isValidCIDRv6(value) {
  let parts = value.split("/");
  if (parts.length !== 2)
    return !1;
  let [address, prefix] = parts;
  if (!prefix)
    return !1;
  let prefixNum = Number(prefix);
  return `${prefixNum}` !== prefix || prefixNum < 0 || prefixNum > 128 ? !1 : isValidIPv6(address);
}
function isValidBase64(data) {
  if (data === "")
    return !0;
  if (/\s/.test(data) || data.length % 4 !== 0)
    return !1;
  try {
    return atob(data), !0;
  } catch {
    return !1;
  }
}
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return !1;
  let base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/"), padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
function isValidJWT(token, algorithm = null) {
  try {
    let tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return !1;
    let [header] = tokensParts;
    if (!header)
      return !1;
    let parsedHeader = JSON.parse(atob(header));
    return !("typ" in parsedHeader && parsedHeader?.typ !== "JWT" || !parsedHeader.alg || algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm));
  } catch {
    return !1;
  }
}
function capSize(inst, size) {
  let caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  let cap = Math.min(...caps.map((c) => c[0])), parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    let n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (let [max, ch] of sizeCaps(inst._zod.def.checks))
        if (n > max && ch._zod.def.when(payload)) {
          let start = payload.issues.length;
          return ch._zod.check(payload), payload.issues[start].continue = !1, attachSchema(payload.issues, start, inst), payload;
        }
    }
    return parse2(payload, ctx);
  };
}
function handleArrayResult(result, final, index) {
  result.issues.length && final.issues.push(...prefixIssues(index, result.issues)), final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
  let isPresent = key in input, isOptionalOut = optout === "optional";
  if (!(!isPresent && isOptionalOut && optin === "optional")) {
    if (result.issues.length) {
      if (optin !== void 0 && isOptionalOut && !isPresent)
        return;
      final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === void 0) {
      result.issues.length || final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
      return;
    }
    result.value === void 0 ? (isPresent || optin === "defaulted" && !isOptionalOut) && (final.value[key] = void 0) : final.value[key] = result.value;
  }
}
function normalizeDef(def) {
  let keys = Object.keys(def.shape), ownSymbols = Object.getOwnPropertySymbols(def.shape), symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS, allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (let k of allKeys)
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType"))
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
  let okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  let unrecognized = [], keySet = def.keySet, _catchall = def.catchall._zod, t2 = _catchall.def.type, optin = _catchall.optin, optout = _catchall.optout, seen = 0;
  for (let key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      t2 === "never" && unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    let r = _catchall.run({ value: input[key], issues: [] }, ctx);
    r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
  }
  return unrecognized.length && payload.issues.push({
    code: "unrecognized_keys",
    keys: unrecognized,
    input,
    inst,
    // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
    continue: !0
  }), proms.length ? Promise.all(proms).then(() => payload) : payload;
}
function handleUnionResults(results, final, inst, ctx) {
  for (let result of results)
    if (result.issues.length === 0)
      return final.value = result.value, final;
  let nonaborted = results.filter((r) => !aborted(r));
  return nonaborted.length === 1 ? (final.value = nonaborted[0].value, nonaborted[0]) : (final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  }), final);
}
function mergeValues(a, b) {
  if (a === b)
    return { valid: !0, data: a };
  if (a instanceof Date && b instanceof Date && +a == +b)
    return { valid: !0, data: a };
  if (isPlainObject(a) && isPlainObject(b)) {
    let bKeys = Object.keys(b), sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1), newObj = { ...a, ...b };
    Object.prototype.hasOwnProperty.call(newObj, "__proto__") && delete newObj.__proto__;
    for (let key of sharedKeys) {
      if (key === "__proto__")
        continue;
      let sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid)
        return {
          valid: !1,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      newObj[key] = sharedValue.data;
    }
    return { valid: !0, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length)
      return { valid: !1, mergeErrorPath: [] };
    let newArray = [];
    for (let index = 0; index < a.length; index++) {
      let itemA = a[index], itemB = b[index], sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid)
        return {
          valid: !1,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      newArray.push(sharedValue.data);
    }
    return { valid: !0, data: newArray };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  let unrecKeys = /* @__PURE__ */ new Map(), unrecIssue, keyIssues = /* @__PURE__ */ new Map(), collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length)
      unrecIssue ?? (unrecIssue = iss), keys = iss.keys;
    else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      let k = String(iss.path[0]);
      keyIssues.has(k) || keyIssues.set(k, iss), keys = [k];
    } else
      return !1;
    for (let k of keys)
      unrecKeys.has(k) || unrecKeys.set(k, {}), unrecKeys.get(k)[side] = !0;
    return !0;
  };
  for (let iss of left.issues)
    collect(iss, "l") || result.issues.push(iss);
  for (let iss of right.issues)
    collect(iss, "r") || result.issues.push(iss);
  let bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    let aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    aggregated.length && result.issues.push({ ...unrecIssue, keys: aggregated });
    for (let k of bothKeys)
      !aggregated.includes(k) && keyIssues.has(k) && result.issues.push(keyIssues.get(k));
  }
  let merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  return result.value = merged.data, result;
}
function handleOptionalResult(payload, result) {
  return payload.value = result.issues.length ? void 0 : result.value, payload;
}
function handleDefaultResult(payload, def) {
  return payload.value === void 0 && (payload.value = def.defaultValue), payload;
}
function handleNonOptionalResult(payload, inst) {
  return !payload.issues.length && payload.value === void 0 && payload.issues.push({
    code: "invalid_type",
    expected: "nonoptional",
    input: payload.value,
    inst
  }), payload;
}
function handleCatchResult(payload, result, def, ctx) {
  return result.issues.length ? (payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  }), payload) : (payload.value = result.value, result.memo && (payload.memo = !0), payload);
}
function handlePipeResult(left, next, ctx) {
  return left.issues.some((iss) => iss.code !== "unrecognized_keys") ? (left.aborted = !0, left) : next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
function handleReadonlyResult(payload) {
  return payload.memo || (payload.value = Object.freeze(payload.value)), payload;
}
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    let _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    inst._zod.def.params && (_iss.params = inst._zod.def.params), payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, URL_BAD_FORMAT, URL_UNPARSEABLE, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodNumber, $ZodNumberFormat, $ZodBoolean, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodCustom, init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_doc();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {}), inst._zod.def = def, inst._zod.bag = inst._zod.bag || {}, inst._zod.version = version;
      let defChecks = inst._zod.def.checks, checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (let ch of checks)
        for (let fn of ch._zod.onattach)
          fn(inst);
      if (checks.length === 0)
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      else {
        let runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload), asyncResult;
          for (let ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload) || !ch._zod.def.when(payload))
                continue;
            } else if (isAborted)
              continue;
            let currLen = payload.issues.length, _ = ch._zod.check(payload);
            if (_ instanceof Promise && ctx?.async === !1)
              throw new $ZodAsyncError();
            if (asyncResult || _ instanceof Promise)
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _, payload.issues.length !== currLen && (attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen)));
              });
            else {
              if (payload.issues.length === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst), isAborted || (isAborted = aborted(payload, currLen));
            }
          }
          return asyncResult ? asyncResult.then(() => payload) : payload;
        }, handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary))
            return canary.aborted = !0, canary;
          let checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks)
            return inst._zod.parse(payload, ctx);
          if (ctx.direction === "backward") {
            let canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: !0 });
            return canary instanceof Promise ? canary.then((canary2) => handleCanaryResult(canary2, payload, ctx)) : handleCanaryResult(canary, payload, ctx);
          }
          let result = inst._zod.parse(payload, ctx);
          if (result instanceof Promise) {
            if (ctx.async === !1)
              throw new $ZodAsyncError();
            return result.then((result2) => runChecks(result2, checks, ctx));
          }
          return runChecks(result, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    }), toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = def.pattern ?? anyString, inst._zod.parse = (payload, _) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch {
          }
        return typeof payload.value == "string" || payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        }), payload;
      };
    }), $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def), $ZodString.init(inst, def);
    }), $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
      def.pattern ?? (def.pattern = guid), $ZodStringFormat.init(inst, def);
    }), $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
      if (def.version) {
        let v = {
          v1: 1,
          v2: 2,
          v3: 3,
          v4: 4,
          v5: 5,
          v6: 6,
          v7: 7,
          v8: 8
        }[def.version];
        if (v === void 0)
          throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
      } else
        def.pattern ?? (def.pattern = uuid());
      $ZodStringFormat.init(inst, def);
    }), $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
      def.pattern ?? (def.pattern = email), $ZodStringFormat.init(inst, def);
    }), URL_BAD_FORMAT = 1, URL_UNPARSEABLE = 2;
    asciiTabOrNewline = /[\t\n\r]/g;
    $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
      $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        try {
          let trimmed = payload.value.trim(), url = validateURL(trimmed, def);
          if (url === URL_BAD_FORMAT) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              note: "Invalid URL format",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === URL_UNPARSEABLE) {
            payload.issues.push({
              code: "invalid_format",
              format: "url",
              input: payload.value,
              inst,
              continue: !def.abort
            });
            return;
          }
          if (url === !0) {
            payload.value = stripTabAndNewline(trimmed);
            return;
          }
          def.hostname && !urlHostnameOk(url, def.hostname) && payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid hostname",
            pattern: def.hostname.source,
            input: payload.value,
            inst,
            continue: !def.abort
          }), def.protocol && !urlProtocolOk(url, def.protocol) && payload.issues.push({
            code: "invalid_format",
            format: "url",
            note: "Invalid protocol",
            pattern: def.protocol.source,
            input: payload.value,
            inst,
            continue: !def.abort
          }), payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
          return;
        } catch {
          payload.issues.push({
            code: "invalid_format",
            format: "url",
            input: payload.value,
            inst,
            continue: !def.abort
          });
        }
      };
    }), $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
      def.pattern ?? (def.pattern = emoji()), $ZodStringFormat.init(inst, def);
    }), $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
      if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
      def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length)), $ZodStringFormat.init(inst, def);
    }), $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
      def.pattern ?? (def.pattern = cuid), $ZodStringFormat.init(inst, def);
    }), $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
      def.pattern ?? (def.pattern = cuid2), $ZodStringFormat.init(inst, def);
    }), $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
      def.pattern ?? (def.pattern = ulid), $ZodStringFormat.init(inst, def);
    }), $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
      def.pattern ?? (def.pattern = xid), $ZodStringFormat.init(inst, def);
    }), $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
      def.pattern ?? (def.pattern = ksuid), $ZodStringFormat.init(inst, def);
    }), $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
      def.pattern ?? (def.pattern = datetime(def)), $ZodStringFormat.init(inst, def);
    }), $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
      def.pattern ?? (def.pattern = date), $ZodStringFormat.init(inst, def);
    }), $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
      def.pattern ?? (def.pattern = time(def)), $ZodStringFormat.init(inst, def);
    }), $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
      def.pattern ?? (def.pattern = duration), $ZodStringFormat.init(inst, def);
    }), $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
      def.pattern ?? (def.pattern = ipv4), $ZodStringFormat.init(inst, def);
    }), ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
    $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
      def.pattern ?? (def.pattern = ipv6), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidIPv6(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "ipv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv4), $ZodStringFormat.init(inst, def);
    });
    $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
      def.pattern ?? (def.pattern = cidrv6), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidCIDRv6(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "cidrv6",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    });
    base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/, $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
      def.pattern ?? (def.pattern = base64Charset), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidBase64(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "base64",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), base64urlCharset = /^[A-Za-z0-9_-]*$/;
    $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
      def.pattern ?? (def.pattern = base64urlCharset), $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidBase64URL(payload.value) || payload.issues.push({
          code: "invalid_format",
          format: "base64url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
      def.pattern ?? (def.pattern = e164), $ZodStringFormat.init(inst, def);
    });
    $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
      $ZodStringFormat.init(inst, def), inst._zod.check = (payload) => {
        isValidJWT(payload.value, def.alg) || payload.issues.push({
          code: "invalid_format",
          format: "jwt",
          input: payload.value,
          inst,
          continue: !def.abort
        });
      };
    }), $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = number, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch {
          }
        let input = payload.value;
        if (typeof input == "number" && !Number.isNaN(input) && Number.isFinite(input))
          return payload;
        let received = typeof input == "number" ? Number.isNaN(input) ? "NaN" : Number.isFinite(input) ? void 0 : String(input) : void 0;
        return payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        }), payload;
      };
    }), $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def), $ZodNumber.init(inst, def);
    }), $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.pattern = boolean, inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = !!payload.value;
          } catch {
          }
        let input = payload.value;
        return typeof input == "boolean" || payload.issues.push({
          expected: "boolean",
          code: "invalid_type",
          input,
          inst
        }), payload;
      };
    }), $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload) => payload;
    }), $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload, _ctx) => (payload.issues.push({
        expected: "never",
        code: "invalid_type",
        input: payload.value,
        inst
      }), payload);
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      let memo2 = globalConfig.memoizer;
      memo2?.attach(inst), inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!Array.isArray(input))
          return payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        let proms = [], abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          let item2 = input[i], result = def.element._zod.run({
            value: item2,
            issues: []
          }, ctx);
          if (result instanceof Promise)
            proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
          else if (handleArrayResult(result, payload, i), abortEarly && result.issues.length !== 0 && aborted(result))
            break;
        }
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      }, capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      let desc = Object.getOwnPropertyDescriptor(def, "shape"), sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        let get = () => {
          let newSh = { ...sh };
          return Object.defineProperty(def, "shape", { value: newSh }), get.raw = newSh, newSh;
        };
        get.raw = sh, Object.defineProperty(def, "shape", { get });
      }
      let _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        let shape = zod.def.shape, propValues = {};
        for (let key in shape) {
          let field = shape[key]._zod;
          if (field.values) {
            Object.prototype.hasOwnProperty.call(propValues, key) || assignProp(propValues, key, /* @__PURE__ */ new Set());
            for (let v of field.values)
              propValues[key].add(v);
            field.optin !== void 0 && propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      let isObject2 = isObject, catchall = def.catchall, value, memo2 = globalConfig.memoizer;
      memo2?.attach(inst), inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        let input = payload.value;
        if (!isObject2(input))
          return payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          }), payload;
        payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
        let proms = [], shape = value.shape, abortEarly = ctx?.abortEarly, seen = payload.issues.length;
        for (let key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          let el = shape[key], optin = el._zod.optin, optout = el._zod.optout, r = el._zod.run({ value: input[key], issues: [] }, ctx);
          r instanceof Promise ? proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout))) : handlePropertyResult(r, payload, key, input, optin, optout);
        }
        return catchall ? handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === !0) : proms.length ? Promise.all(proms).then(() => payload) : payload;
      };
    }), $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
      $ZodObject.init(inst, def);
      let superParse = inst._zod.parse, _normalized = cached(() => normalizeDef(def)), memo2 = globalConfig.memoizer, generateFastpass = (shape) => {
        let normalized = _normalized.value, syms = normalized.symbolKeys, doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms }), parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`, prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write("const input = payload.value;");
        let ids = /* @__PURE__ */ Object.create(null), counter = 0;
        for (let key of normalized.allKeys)
          ids[key] = `key_${counter++}`;
        doc.write(memo2 ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
        for (let key of normalized.allKeys) {
          if (key === "__proto__")
            continue;
          let id = ids[key], k = typeof key == "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key), isPresent = `${k} in input`, schema2 = shape[key], optin = schema2?._zod?.optin, isOptionalIn = optin !== void 0, isOptionalOut = schema2?._zod?.optout === "optional";
          if (doc.write(`const ${id} = ${parseStr(k)};`), isOptionalIn && isOptionalOut) {
            let assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
            doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
          } else isOptionalIn ? (doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `), optin === "defaulted" ? doc.write(`newResult[${k}] = ${id}.value;`) : doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `)) : doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
        }
        return doc.write("payload.value = newResult;"), doc.write("return payload;"), doc.compile();
      }, fastpass, isObject2 = isObject, jit = !globalConfig.jitless, fastEnabled = jit && allowsEval.value, catchall = def.catchall, value;
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        let input = payload.value;
        return isObject2(input) ? jit && fastEnabled && ctx?.async === !1 && ctx.jitless !== !0 ? (fastpass || (fastpass = generateFastpass(def.shape)), payload = fastpass(payload, ctx), catchall ? handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === !0) : payload) : superParse(payload, ctx) : (payload.issues.push({
          expected: "object",
          code: "invalid_type",
          input,
          inst
        }), payload);
      };
    });
    $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0), defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0), defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values))
          return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }), defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
          let patterns = zod.def.options.map((o) => o._zod.pattern);
          return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
      });
      let first = def.options.length === 1 ? def.options[0]._zod.run : null;
      inst._zod.parse = (payload, ctx) => {
        if (first)
          return first(payload, ctx);
        let async = !1, results = [];
        for (let option of def.options) {
          let result = option._zod.run({
            value: payload.value,
            issues: []
          }, ctx);
          if (result instanceof Promise)
            results.push(result), async = !0;
          else {
            if (result.issues.length === 0)
              return result;
            results.push(result);
          }
        }
        return async ? Promise.all(results).then((results2) => handleUnionResults(results2, payload, inst, ctx)) : handleUnionResults(results, payload, inst, ctx);
      };
    }), $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.parse = (payload, ctx) => {
        let input = payload.value, left = def.left._zod.run({ value: input, issues: [] }, ctx), right = def.right._zod.run({ value: input, issues: [] }, ctx);
        return left instanceof Promise || right instanceof Promise ? Promise.all([left, right]).then(([left2, right2]) => handleIntersectionResults(payload, left2, right2)) : handleIntersectionResults(payload, left, right);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      let memo2 = globalConfig.memoizer;
      memo2?.attach(inst), inst._zod.parse = (payload, ctx) => {
        let input = payload.value;
        if (!isPlainObject(input))
          return payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          }), payload;
        let proms = [], values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let recordKeys = /* @__PURE__ */ new Set();
          for (let key of values)
            if (typeof key == "string" || typeof key == "number" || typeof key == "symbol") {
              if (recordKeys.add(typeof key == "number" ? key.toString() : key), key === "__proto__")
                continue;
              let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise)
                throw new Error("Async schemas not supported in object keys currently");
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              let outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              let result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              result instanceof Promise ? proms.push(result.then((result2) => {
                result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
              })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
            }
          let unrecognized;
          for (let key in input)
            if (!recordKeys.has(key))
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else
                unrecognized = unrecognized ?? [], unrecognized.push(key);
          unrecognized && unrecognized.length > 0 && payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: !0
          });
        } else {
          payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (let key of Reflect.ownKeys(input)) {
            if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise)
              throw new Error("Async schemas not supported in object keys currently");
            if (typeof key == "string" && number.test(key) && keyResult.issues.length) {
              let retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise)
                throw new Error("Async schemas not supported in object keys currently");
              retryResult.issues.length === 0 && (keyResult = retryResult);
            }
            if (keyResult.issues.length) {
              def.mode === "loose" ? payload.value[key] = input[key] : values ? (unrecognized = unrecognized ?? [], unrecognized.push(key)) : payload.issues.push({
                code: "invalid_key",
                origin: "record",
                issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                input: key,
                path: [key],
                inst
              });
              continue;
            }
            let outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            let result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            result instanceof Promise ? proms.push(result.then((result2) => {
              result2.issues.length && payload.issues.push(...prefixIssues(key, result2.issues)), payload.value[outKey] = result2.value;
            })) : (result.issues.length && payload.issues.push(...prefixIssues(key, result.issues)), payload.value[outKey] = result.value);
          }
          unrecognized && unrecognized.length > 0 && payload.issues.push({
            code: "unrecognized_keys",
            input,
            inst,
            keys: unrecognized,
            continue: !0
          });
        }
        return proms.length ? Promise.all(proms).then(() => payload) : payload;
      };
    }), $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      let values = getEnumValues(def.entries), valuesSet = new Set(values);
      inst._zod.values = valuesSet, defineLazyInternal(inst, "pattern", (zod) => {
        let patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      }), inst._zod.parse = (payload, _ctx) => {
        let input = payload.value;
        return valuesSet.has(input) || payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        }), payload;
      };
    }), $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      let values = new Set(def.values);
      inst._zod.values = values, defineLazyInternal(inst, "pattern", (zod) => {
        let vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o == "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      }), inst._zod.parse = (payload, _ctx) => {
        let input = payload.value;
        return values.has(input) || payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        }), payload;
      };
    }), $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "optional", globalConfig.memoizer?.guard(inst), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          throw new $ZodEncodeError(inst.constructor.name);
        let _out = def.transform(payload.value, payload);
        if (ctx.async)
          return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output2) => (payload.value = output2, payload));
        if (_out instanceof Promise)
          throw new $ZodAsyncError();
        return payload.value = _out, payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), inst._zod.optout = "optional", defineLazyInternal(inst, "values", (zod) => {
        let values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      }), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      }), inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          let result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          return result instanceof Promise ? result.then((result2) => handleOptionalResult(payload, result2)) : handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    }), $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
      $ZodOptional.init(inst, def), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern), inst._zod.parse = (payload, ctx) => def.innerType._zod.run(payload, ctx);
    }), $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout), defineLazyInternal(inst, "pattern", (zod) => {
        let pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
      }), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0), inst._zod.parse = (payload, ctx) => payload.value === null ? payload : def.innerType._zod.run(payload, ctx);
    }), $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "defaulted", defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        if (payload.value === void 0)
          return payload.value = def.defaultValue, payload;
        let result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise ? result.then((result2) => handleDefaultResult(result2, def)) : handleDefaultResult(result, def);
      };
    });
    $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
      $ZodType.init(inst, def), inst._zod.optin = "defaulted", defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => (ctx.direction === "backward" || payload.value === void 0 && (payload.value = def.defaultValue), def.innerType._zod.run(payload, ctx));
    }), $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "values", (zod) => {
        let v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
      }), inst._zod.parse = (payload, ctx) => {
        let result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise ? result.then((result2) => handleNonOptionalResult(result2, inst)) : handleNonOptionalResult(result, inst);
      };
    });
    $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        let result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        return result instanceof Promise ? result.then((result2) => handleCatchResult(payload, result2, def, ctx)) : handleCatchResult(payload, result, def, ctx);
      };
    }), $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values), defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout), defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
          let right = def.out._zod.run(payload, ctx);
          return right instanceof Promise ? right.then((right2) => handlePipeResult(right2, def.in, ctx)) : handlePipeResult(right, def.in, ctx);
        }
        let left = def.in._zod.run(payload, ctx);
        return left instanceof Promise ? left.then((left2) => handlePipeResult(left2, def.out, ctx)) : handlePipeResult(left, def.out, ctx);
      };
    });
    $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
      $ZodType.init(inst, def), defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues), defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values), defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin), defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout), inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward")
          return def.innerType._zod.run(payload, ctx);
        let result = def.innerType._zod.run(payload, ctx);
        return result instanceof Promise ? result.then(handleReadonlyResult) : handleReadonlyResult(result);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def), $ZodType.init(inst, def), inst._zod.parse = (payload, _) => payload, inst._zod.check = (payload) => {
        let input = payload.value, r = def.fn(input);
        if (r instanceof Promise)
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        handleRefineResult(r, payload, input, inst);
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
  return value !== null && typeof value == "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
function isRecursive(inst, stack, resolve) {
  let cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE, check = (child2) => {
    if (result !== PROVEN && child2?._zod) {
      let answer = isRecursive(child2, stack, resolve);
      answer > result && (result = answer);
    }
  }, shape = (sh, spread) => {
    let answer = NONE;
    for (let key of Reflect.ownKeys(sh)) {
      let desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      let child2 = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      child2 > answer && (answer = child2);
    }
    return answer;
  }, merge3 = (answer) => {
    answer > result && (result = answer);
  }, def = inst._zod.def, kind = def.type;
  switch (kind) {
    case "object": {
      let raw = rawShape(def);
      merge3(raw ? shape(raw, !0) : ASSUMED), check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (let el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType), check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (let el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left), check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in), check(def.out);
      break;
    case "function":
      check(def.input), check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      let inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge3(inner ? isRecursive(inner, stack, !1) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default:
      for (let key in def) {
        let desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        let value = desc.value;
        if (!(!value || typeof value != "object")) {
          if (value._zod)
            check(value);
          else if (Array.isArray(value))
            for (let el of value)
              check(el);
        }
      }
  }
  return stack.delete(inst), settle(inst, result);
}
function settle(inst, answer) {
  return answer !== ASSUMED && recursive.set(inst, answer === PROVEN), answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  return bucket || (bucket = /* @__PURE__ */ new WeakMap(), state.buckets.set(inst, bucket)), bucket;
}
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  let backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE, ASSUMED, PROVEN, handoff, open, memo, init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
    init_util();
    $ZodCyclicError = class extends Error {
      constructor() {
        super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
      }
    }, STATE = "~memo", NO_ISSUES = [];
    recursive = /* @__PURE__ */ new WeakMap(), NONE = 0, ASSUMED = 1, PROVEN = 2;
    open = [], memo = {
      alloc(_inst, payload, empty) {
        let bucket = handoff;
        if (!bucket)
          return empty;
        handoff = void 0;
        let entry = { value: empty, issues: null };
        return bucket.set(payload.value, entry), open.push(entry), empty;
      },
      guard(inst) {
        var _a3;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred.push(() => {
          let base = inst._zod.parse, wrapped = (payload, ctx) => {
            if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
              throw new $ZodCyclicError();
            return base(payload, ctx);
          };
          inst._zod.parse = wrapped, inst._zod.run === base && (inst._zod.run = wrapped);
        });
      },
      attach(inst) {
        var _a3;
        let isRecursiveInst, rechecked = !1, lastCtx, lastBucket;
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []), inst._zod.deferred.push(() => {
          let base = inst._zod.parse, wrapped = (payload, ctx) => {
            if (isRecursiveInst === void 0) {
              let walked = isRecursive(inst, /* @__PURE__ */ new Set(), !1);
              if (walked === NONE)
                return inst._zod.parse = base, inst._zod.run === wrapped && (inst._zod.run = base), base(payload, ctx);
              walked === PROVEN || rechecked ? isRecursiveInst = !0 : rechecked = !0;
            }
            let input = payload.value;
            if (!isRef(input))
              return base(payload, ctx);
            let state = ctx[STATE];
            state || (state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 }, ctx[STATE] = state);
            let bucket;
            lastCtx === ctx ? bucket = lastBucket : (bucket = bucketFor(state, inst), lastCtx = ctx, lastBucket = bucket);
            let hit = bucket.get(input);
            if (hit)
              return payload.value = hit.value, hit.issues ? hit.issues.length && payload.issues.push(...cloneIssues(hit.issues)) : (payload.memo = !0, state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet()), state.backEdges.add(hit.value)), payload;
            handoff = bucket;
            let depth = open.length, result = base(payload, ctx);
            handoff = void 0;
            let entry = open.length > depth ? open.pop() : void 0;
            return result instanceof Promise ? result.then((r) => (entry && (entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES), r)) : (entry && (entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES), result);
          };
          inst._zod.parse = wrapped, inst._zod.run === base && (inst._zod.run = wrapped);
        });
      }
    };
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error, init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
      let Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      let FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      }, TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type2, input) {
        return type2 === "number" && typeof input == "number" && !Number.isFinite(input) ? String(input) : TypeDictionary[type2] ?? type2;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            let expected = getTypeName(issue2.expected), receivedType = parsedType(issue2.input), received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            return issue2.values.length === 1 ? `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}` : `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            let adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<", sizing = getSizing(issue2.origin);
            return sizing ? `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}` : `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            let adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">", sizing = getSizing(issue2.origin);
            return sizing ? `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}` : `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            let _issue = issue2;
            return _issue.format === "starts_with" ? `Invalid string: must start with "${_issue.prefix}"` : _issue.format === "ends_with" ? `Invalid string: must end with "${_issue.suffix}"` : _issue.format === "includes" ? `Invalid string: must include "${_issue.includes}"` : _issue.format === "regex" ? `Invalid string: must match pattern ${_issue.pattern}` : `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            return issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0 ? `Invalid discriminator value. Expected ${issue2.options.map((o) => `'${o}'`).join(" | ")}` : issue2.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return "Invalid input";
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry, init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema2, ..._meta) {
        let meta2 = _meta[0];
        return this._map.set(schema2, meta2), meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.set(meta2.id, schema2), this;
      }
      clear() {
        return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
      }
      remove(schema2) {
        let meta2 = this._map.get(schema2);
        return meta2 && typeof meta2 == "object" && "id" in meta2 && this._idmap.delete(meta2.id), this._map.delete(schema2), this;
      }
      get(schema2) {
        let p = schema2._zod.parent;
        if (p) {
          let pm = { ...this.get(p) ?? {} };
          delete pm.id;
          let f = { ...pm, ...this._map.get(schema2) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema2);
      }
      has(schema2) {
        return this._map.has(schema2);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  return def.checks && (def.checks = [...def.checks]), def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: !1,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: !1,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: !1,
    local: !1,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: !1,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: !1
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: !1
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: !0
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  return new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  return new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  let ch = /* @__PURE__ */ _check((payload) => (payload.addIssue = (issue2) => {
    if (typeof issue2 == "string")
      payload.issues.push(issue(issue2, payload.value, ch._zod.def));
    else {
      let _issue = issue2;
      _issue.fatal && (_issue.continue = !1), _issue.code ?? (_issue.code = "custom"), "input" in _issue || (_issue.input = payload.value), _issue.inst ?? (_issue.inst = ch), _issue.continue ?? (_issue.continue = !ch._zod.def.abort), payload.issues.push(issue(_issue));
    }
  }, fn(payload.value, payload)), params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  let ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  return ch._zod.check = fn, ch;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (let source2 of sources)
    for (let key of Reflect.ownKeys(source2))
      Object.prototype.propertyIsEnumerable.call(source2, key) && assignProp(target, key, source2[key]);
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  return target === "draft-4" && (target = "draft-04"), target === "draft-7" && (target = "draft-07"), {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema2, ctx, json2, params, message) {
  let result = typeof ctx.unrepresentable == "function" ? ctx.unrepresentable({ zodSchema: schema2, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return !1;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  return Object.assign(json2, result), !0;
}
function processSchema(schema2, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  let def = schema2._zod.def, seen = ctx.seen.get(schema2);
  if (seen)
    return seen.count++, _params.schemaPath.includes(schema2) && (seen.cycle = _params.path), seen.schema;
  let result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema2, result), ctx.sharedDefsExtractedFor = void 0, ctx.sharedEmitDoneFor = void 0;
  let overrideSchema = schema2._zod.toJSONSchema?.();
  if (overrideSchema)
    result.schema = overrideSchema;
  else {
    let params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema2],
      path: _params.path
    };
    if (schema2._zod.processJSONSchema)
      schema2._zod.processJSONSchema(ctx, result.schema, params);
    else {
      let _json = result.schema, processor = ctx.processors[def.type];
      if (!processor)
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      processor(schema2, ctx, _json, params);
    }
    let parent = schema2._zod.parent;
    parent && (result.ref || (result.ref = parent), processSchema(parent, ctx, params), ctx.seen.get(parent).isParent = !0);
  }
  let meta2 = ctx.metadataRegistry.get(schema2);
  return meta2 && assignProps(result.schema, meta2), ctx.io === "input" && isTransforming(schema2) && (delete result.schema.examples, delete result.schema.default), ctx.io === "input" && "_prefault" in result.schema && ((_a3 = result.schema).default ?? (_a3.default = result.schema._prefault)), delete result.schema._prefault, ctx.seen.get(schema2).schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema2) {
  let root2 = ctx.seen.get(schema2);
  if (!root2)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  let idToSchema = /* @__PURE__ */ new Map();
  for (let entry of ctx.seen.entries()) {
    let id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      let existing = idToSchema.get(id);
      if (existing && existing !== entry[0])
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      idToSchema.set(id, entry[0]);
    }
  }
  let makeURI = (entry) => {
    let defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      let externalId = ctx.external.registry.get(entry[0])?.id, uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId)
        return { ref: uriGenerator(externalId) };
      let id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      return entry[1].defId = id, { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    let uriPrefix = "#", defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root2 && !entry[1].schema.id)
      return { ref: uriPrefix };
    let defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  }, extractToDef = (entry) => {
    if (entry[1].schema.$ref)
      return;
    let seen = entry[1], { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema }, defId && (seen.defId = defId);
    let schema3 = seen.schema;
    for (let key in schema3)
      delete schema3[key];
    schema3.$ref = ref;
  };
  if (ctx.cycles === "throw")
    for (let entry of ctx.seen.entries()) {
      let seen = entry[1];
      if (seen.cycle)
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (let entry of ctx.seen.entries()) {
    let seen = entry[1];
    if (schema2 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      let ext = ctx.external.registry.get(entry[0])?.id;
      if (schema2 !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    if (ctx.metadataRegistry.get(entry[0])?.id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    seen.count > 1 && ctx.reused === "ref" && extractToDef(entry);
  }
  ctx.external && (ctx.sharedDefsExtractedFor = ctx.external);
}
function compactTypeUnion(schema2) {
  let options = schema2.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema2.type !== void 0)
    return;
  let types2 = [];
  for (let option of options) {
    if (!option || typeof option != "object")
      return;
    compactTypeUnion(option);
    let keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    let type2 = option.type;
    for (let member of Array.isArray(type2) ? type2 : [type2]) {
      if (typeof member != "string")
        return;
      types2.includes(member) || types2.push(member);
    }
  }
  delete schema2.anyOf, schema2.type = types2.length === 1 ? types2[0] : types2;
}
function undeclaredConstraint(member) {
  let extra = member.additionalProperties;
  return extra === void 0 || extra === !1 || typeof extra != "object" || extra === null ? null : Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  let objects = [];
  for (let member of members2) {
    if (typeof member != "object" || member.type !== "object")
      return null;
    for (let key in member)
      if (!FOLDABLE_KEYS.has(key))
        return null;
    objects.push(member);
  }
  let properties = {}, required2 = /* @__PURE__ */ new Set();
  for (let object of objects) {
    for (let key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      let parts = [];
      for (let other of objects) {
        let part = other.properties?.[key] ?? undeclaredConstraint(other);
        part != null && (parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)) || parts.push(part));
      }
      let merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (let key of object.required ?? [])
      required2.add(key);
  }
  let folded = { type: "object", properties };
  if (required2.size && (folded.required = [...required2]), objects.every((object) => object.additionalProperties === !1))
    folded.additionalProperties = !1;
  else {
    let constraints = [];
    for (let object of objects) {
      let constraint = undeclaredConstraint(object);
      constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)) && constraints.push(constraint);
    }
    constraints.length === 1 ? folded.additionalProperties = constraints[0] : constraints.length > 1 && (folded.additionalProperties = { allOf: constraints });
  }
  return folded;
}
function foldIntersection(json2) {
  let allOf = json2.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (let key of FOLDABLE_KEYS)
    if (key in json2)
      return;
  let unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k]))), folded = null;
  if (!unions.length)
    folded = foldObjects(allOf);
  else {
    let union2 = unions[0], keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    let rest = allOf.filter((m) => m !== union2), branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  folded && (delete json2.allOf, assignProps(json2, folded));
}
function finalize(ctx, schema2) {
  let root2 = ctx.seen.get(schema2);
  if (!root2)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  let flattenRef = (zodSchema) => {
    let seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    let schema3 = seen.def ?? seen.schema, _cached = { ...schema3 }, ref = seen.ref;
    if (seen.ref = null, ref) {
      flattenRef(ref);
      let refSeen = ctx.seen.get(ref), refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0") ? (schema3.allOf = schema3.allOf ?? [], schema3.allOf.push(refSchema)) : assignProps(schema3, refSchema), assignProps(schema3, _cached), zodSchema._zod.parent === ref)
        for (let key in schema3)
          key === "$ref" || key === "allOf" || key in _cached || delete schema3[key];
      if (refSchema.$ref && refSeen.def)
        for (let key in schema3)
          key === "$ref" || key === "allOf" || key in refSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(refSeen.def[key]) && delete schema3[key];
    }
    let parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      let parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref && (schema3.$ref = parentSeen.schema.$ref, parentSeen.def))
        for (let key in schema3)
          key === "$ref" || key === "allOf" || key in parentSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(parentSeen.def[key]) && delete schema3[key];
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema3,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (let entry of [...ctx.seen.entries()].reverse())
      flattenRef(entry[0]);
    if (ctx.target !== "openapi-3.0")
      for (let entry of ctx.seen.entries())
        compactTypeUnion(entry[1].def ?? entry[1].schema);
    for (let rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      let carriers = /* @__PURE__ */ new Map();
      for (let seen of ctx.seen.values())
        for (let json2 of [seen.schema, seen.def]) {
          let allOf = json2?.allOf;
          if (!Array.isArray(allOf))
            continue;
          let existing = carriers.get(allOf);
          existing ? existing.push(json2) : carriers.set(allOf, [json2]);
        }
      for (let allOf of ctx.intersections)
        for (let json2 of carriers.get(allOf) ?? [])
          foldIntersection(json2);
    }
  }
  let result = {};
  if (ctx.target === "draft-2020-12" ? result.$schema = "https://json-schema.org/draft/2020-12/schema" : ctx.target === "draft-07" ? result.$schema = "http://json-schema.org/draft-07/schema#" : ctx.target === "draft-04" ? result.$schema = "http://json-schema.org/draft-04/schema#" : ctx.target, ctx.external?.uri) {
    let id = ctx.external.registry.get(schema2)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root2.defId ? root2.schema : root2.def ?? root2.schema);
  let rootMetaId = ctx.metadataRegistry.get(schema2)?.id;
  rootMetaId !== void 0 && result.id === rootMetaId && delete result.id;
  let defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external)
    for (let entry of ctx.seen.entries()) {
      let seen = entry[1];
      seen.def && seen.defId && (seen.def.id === seen.defId && delete seen.def.id, assignProp(defs, seen.defId, seen.def));
    }
  ctx.external && (ctx.sharedEmitDoneFor = ctx.external), ctx.external || Object.keys(defs).length > 0 && (ctx.target === "draft-2020-12" ? result.$defs = defs : result.definitions = defs);
  try {
    let finalized = JSON.parse(JSON.stringify(result));
    return Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema2["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema2, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema2, "output", ctx.processors)
        }
      },
      enumerable: !1,
      writable: !1
    }), finalized;
  } catch {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  let ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return !1;
  ctx.seen.add(_schema);
  let def = _schema._zod.def;
  if (def.type === "transform")
    return !0;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch")
    return isTransforming(def.innerType, ctx);
  if (def.type === "intersection")
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  if (def.type === "record" || def.type === "map")
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  if (def.type === "pipe")
    return _schema._zod.traits.has("$ZodCodec") ? !0 : isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  if (def.type === "object") {
    for (let key in def.shape)
      if (isTransforming(def.shape[key], ctx))
        return !0;
    return !1;
  }
  if (def.type === "union") {
    for (let option of def.options)
      if (isTransforming(option, ctx))
        return !0;
    return !1;
  }
  if (def.type === "tuple") {
    for (let item2 of def.items)
      if (isTransforming(item2, ctx))
        return !0;
    return !!(def.rest && isTransforming(def.rest, ctx));
  }
  return !1;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod, init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
    init_registries();
    init_util();
    FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]), UNION_KEYS = ["oneOf", "anyOf"];
    createToJSONSchemaMethod = (schema2, processors = {}) => (params) => {
      let ctx = initializeContext({ ...params, processors });
      return processSchema(schema2, ctx), extractDefs(ctx, schema2), finalize(ctx, schema2);
    }, createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
      let { libraryOptions, target } = params ?? {}, ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
      return processSchema(schema2, ctx), extractDefs(ctx, schema2), finalize(ctx, schema2);
    };
  }
});

// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema2) {
  let agg = {}, def = schema2._zod.def, list = schema2._zod.traits.has("$ZodCheck") ? [schema2, ...def.checks ?? []] : def.checks ?? [];
  for (let ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  let bag = schema2._zod.bag;
  bag.minimum !== void 0 && narrowMin(agg, "minimum", bag.minimum), bag.exclusiveMinimum !== void 0 && narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum), bag.maximum !== void 0 && narrowMax(agg, "maximum", bag.maximum), bag.exclusiveMaximum !== void 0 && narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum), bag.multipleOf !== void 0 && addDivisor(agg, bag.multipleOf), bag.format !== void 0 && (agg.format ?? (agg.format = bag.format), bag.format.includes("int") && (agg.isInt = !0)), bag.mime && intersectMime(agg, bag.mime);
  for (let pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
function inputOptin(schema2) {
  let def = schema2._zod.def;
  return def.type === "pipe" && def.in._zod.traits.has("$ZodTransform") ? inputOptin(def.out) : def.type === "catch" ? inputOptin(def.innerType) : schema2._zod.optin;
}
function stringifyKeyNames(bySchema, json2, visited) {
  if (json2.$ref) {
    if (visited.has(json2))
      return json2;
    visited.add(json2);
    let def = bySchema.get(json2)?.def;
    if (!def)
      return json2;
    let inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json2 : inlined;
  }
  for (let keyword of ["anyOf", "oneOf"]) {
    let branches = json2[keyword];
    if (!Array.isArray(branches))
      continue;
    let mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    mapped.some((branch, i) => branch !== branches[i]) && (json2 = { ...json2, [keyword]: mapped });
  }
  let types2 = Array.isArray(json2.type) ? json2.type : [json2.type], numericType = !types2.includes("string") && types2.some((t2) => t2 === "number" || t2 === "integer"), values = json2.enum ?? (json2.const !== void 0 ? [json2.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v == "number"))
    return json2;
  let { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json2;
  return rest.enum ? rest.enum = rest.enum.map((v) => typeof v == "number" ? String(v) : v) : typeof rest.const == "number" && (rest.const = String(rest.const)), numericType && (rest.type = "string", values || (rest.pattern = (types2.includes("number") ? number : integer).source)), rest;
}
function rewriteKeyNames(ctx) {
  let bySchema = /* @__PURE__ */ new Map();
  for (let entry of ctx.seen.values())
    entry.def && !bySchema.has(entry.schema) && bySchema.set(entry.schema, entry);
  let rewrites = /* @__PURE__ */ new Map();
  for (let record2 of pendingRecords.get(ctx) ?? []) {
    let seen = ctx.seen.get(record2), names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === !0 || rewrites.has(names))
      continue;
    let rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    rewritten !== names && rewrites.set(names, rewritten);
  }
  if (rewrites.size)
    for (let entry of ctx.seen.values())
      for (let carrier of [entry.schema, entry.def]) {
        let rewritten = carrier && rewrites.get(carrier.propertyNames);
        rewritten && (carrier.propertyNames = rewritten);
      }
}
function serializeDefaultValue(value, schema2, ctx, json2, params) {
  let unrepresentable = !1, serialized = JSON.stringify(value, (_, val) => typeof val != "bigint" ? val : (unrepresentable = !0, null));
  return unrepresentable ? (handleUnrepresentable(schema2, ctx, json2, params, "BigInt defaults cannot be represented in JSON Schema"), UNREPRESENTABLE_DEFAULT) : JSON.parse(serialized);
}
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    let registry2 = input, ctx2 = initializeContext({ ...params, processors: allProcessors }), defs = {};
    for (let entry of registry2._idmap.entries()) {
      let [_, schema2] = entry;
      processSchema(schema2, ctx2);
    }
    let schemas = {}, external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (let entry of registry2._idmap.entries()) {
      let [key, schema2] = entry;
      extractDefs(ctx2, schema2), assignProp(schemas, key, finalize(ctx2, schema2));
    }
    if (Object.keys(defs).length > 0) {
      let defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  let ctx = initializeContext({ ...params, processors: allProcessors });
  return processSchema(input, ctx), extractDefs(ctx, input), finalize(ctx, input);
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, numberProcessor, booleanProcessor, bigintProcessor, symbolProcessor, nullProcessor, undefinedProcessor, voidProcessor, neverProcessor, anyProcessor, unknownProcessor, dateProcessor, enumProcessor, literalProcessor, nanProcessor, templateLiteralProcessor, fileProcessor, successProcessor, customProcessor, functionProcessor, transformProcessor, mapProcessor, setProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, tupleProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, promiseProcessor, optionalProcessor, lazyProcessor, allProcessors, init_json_schema_processors = __esm({
  "node_modules/zod/v4/core/json-schema-processors.js"() {
    init_regexes();
    init_schemas();
    init_to_json_schema();
    init_util();
    narrowMin = (agg, key, value) => {
      (agg[key] === void 0 || value > agg[key]) && (agg[key] = value);
    }, narrowMax = (agg, key, value) => {
      (agg[key] === void 0 || value < agg[key]) && (agg[key] = value);
    }, narrowBoth = (agg, value) => {
      narrowMin(agg, "minimum", value), narrowMax(agg, "maximum", value);
    }, addDivisor = (agg, value) => {
      agg.multipleOf ?? (agg.multipleOf = []), agg.multipleOf.includes(value) || agg.multipleOf.push(value);
    }, addPattern = (agg, pattern) => {
      agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set()), agg.patterns.add(pattern);
    }, intersectMime = (agg, mime) => {
      agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
    }, setFormat = (agg, format) => {
      agg.format = format, format.includes("int") && (agg.isInt = !0);
    }, minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum), maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum), formatContributor = (ranges) => (agg, def) => {
      setFormat(agg, def.format);
      let [minimum, maximum] = ranges[def.format];
      narrowMin(agg, "minimum", minimum), narrowMax(agg, "maximum", maximum);
    }, contributors = {
      greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
      less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
      multiple_of: (agg, def) => addDivisor(agg, def.value),
      number_format: formatContributor(NUMBER_FORMAT_RANGES),
      bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
      min_length: minContributor,
      max_length: maxContributor,
      length_equals: (agg, def) => narrowBoth(agg, def.length),
      min_size: minContributor,
      max_size: maxContributor,
      size_equals: (agg, def) => narrowBoth(agg, def.size),
      string_format: (agg, def) => {
        setFormat(agg, def.format), def.pattern && addPattern(agg, def.pattern), (def.format === "base64" || def.format === "base64url") && (agg.contentEncoding = def.format), (def.local || def.precision === -1) && (agg.laxFormat = !0);
      },
      mime_type: (agg, def) => intersectMime(agg, def.mime)
    };
    formatMap = {
      guid: "uuid",
      url: "uri",
      datetime: "date-time",
      json_string: "json-string",
      regex: ""
      // do not set
    }, exactPatterns = /* @__PURE__ */ new Map([
      [base64Charset, base64],
      [base64urlCharset, base64url]
    ]), exactPattern = (p) => exactPatterns.get(p) ?? p, stringProcessor = (schema2, ctx, _json, _params) => {
      let json2 = _json;
      json2.type = "string";
      let { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema2);
      if (typeof minimum == "number" && (json2.minLength = minimum), typeof maximum == "number" && (json2.maxLength = maximum), format && (json2.format = formatMap[format] ?? format, json2.format === "" && delete json2.format, (format === "time" || laxFormat) && delete json2.format), contentEncoding && (json2.contentEncoding = contentEncoding), patterns && patterns.size > 0) {
        let patternList = [...patterns].map(exactPattern);
        patternList.length === 1 ? json2.pattern = patternList[0].source : patternList.length > 1 && (json2.allOf = [
          ...patternList.map((regex) => ({
            ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
            pattern: regex.source
          }))
        ]);
      }
    }, numberProcessor = (schema2, ctx, _json, params) => {
      let json2 = _json, { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema2);
      json2.type = isInt ? "integer" : "number";
      let exMin = typeof exclusiveMinimum == "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY), exMax = typeof exclusiveMaximum == "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY), legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
      if (exMin ? legacy ? (json2.minimum = exclusiveMinimum, json2.exclusiveMinimum = !0) : json2.exclusiveMinimum = exclusiveMinimum : typeof minimum == "number" && (json2.minimum = minimum), exMax ? legacy ? (json2.maximum = exclusiveMaximum, json2.exclusiveMaximum = !0) : json2.exclusiveMaximum = exclusiveMaximum : typeof maximum == "number" && (json2.maximum = maximum), multipleOf) {
        let divisors = /* @__PURE__ */ new Set();
        for (let divisor of multipleOf)
          Number.isFinite(divisor) && divisor !== 0 ? divisors.add(Math.abs(divisor)) : handleUnrepresentable(schema2, ctx, json2, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        let [first, ...rest] = divisors;
        first !== void 0 && (json2.multipleOf = first), rest.length && (json2.allOf = [...json2.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))]);
      }
    }, booleanProcessor = (_schema, _ctx, json2, _params) => {
      json2.type = "boolean";
    }, bigintProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "BigInt cannot be represented in JSON Schema");
    }, symbolProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Symbols cannot be represented in JSON Schema");
    }, nullProcessor = (_schema, ctx, json2, _params) => {
      ctx.target === "openapi-3.0" ? (json2.type = "string", json2.nullable = !0, json2.enum = [null]) : json2.type = "null";
    }, undefinedProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Undefined cannot be represented in JSON Schema");
    }, voidProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Void cannot be represented in JSON Schema");
    }, neverProcessor = (_schema, _ctx, json2, _params) => {
      json2.not = {};
    }, anyProcessor = (_schema, _ctx, _json, _params) => {
    }, unknownProcessor = (_schema, _ctx, _json, _params) => {
    }, dateProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Date cannot be represented in JSON Schema");
    }, enumProcessor = (schema2, _ctx, json2, _params) => {
      let def = schema2._zod.def, values = getEnumValues(def.entries);
      if (values.length === 0) {
        json2.not = {};
        return;
      }
      values.every((v) => typeof v == "number") && (json2.type = "number"), values.every((v) => typeof v == "string") && (json2.type = "string"), json2.enum = values;
    }, literalProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def;
      if (def.values.length === 0) {
        json2.not = {};
        return;
      }
      let vals = [];
      for (let val of def.values)
        if (val === void 0) {
          if (handleUnrepresentable(schema2, ctx, json2, params, "Literal `undefined` cannot be represented in JSON Schema"))
            return;
        } else if (typeof val == "bigint") {
          if (handleUnrepresentable(schema2, ctx, json2, params, "BigInt literals cannot be represented in JSON Schema"))
            return;
          vals.push(Number(val));
        } else
          vals.push(val);
      if (vals.length !== 0)
        if (vals.length === 1) {
          let val = vals[0];
          json2.type = val === null ? "null" : typeof val, ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? json2.enum = [val] : json2.const = val;
        } else
          vals.every((v) => typeof v == "number") && (json2.type = "number"), vals.every((v) => typeof v == "string") && (json2.type = "string"), vals.every((v) => typeof v == "boolean") && (json2.type = "boolean"), vals.every((v) => v === null) && (json2.type = "null"), json2.enum = vals;
    }, nanProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "NaN cannot be represented in JSON Schema");
    }, templateLiteralProcessor = (schema2, _ctx, json2, _params) => {
      let _json = json2, pattern = schema2._zod.pattern;
      if (!pattern)
        throw new Error("Pattern not found in template literal");
      _json.type = "string", _json.pattern = pattern.source;
    }, fileProcessor = (schema2, _ctx, json2, _params) => {
      let _json = json2;
      _json.type = "string", _json.format = "binary", _json.contentEncoding = "binary";
      let { minimum, maximum, mime } = aggregateChecks(schema2);
      minimum !== void 0 && (_json.minLength = minimum), maximum !== void 0 && (_json.maxLength = maximum), mime && (mime.length === 0 ? _json.not = {} : mime.length === 1 ? _json.contentMediaType = mime[0] : _json.anyOf = mime.map((m) => ({ contentMediaType: m })));
    }, successProcessor = (_schema, _ctx, json2, _params) => {
      json2.type = "boolean";
    }, customProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Custom types cannot be represented in JSON Schema");
    }, functionProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Function types cannot be represented in JSON Schema");
    }, transformProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Transforms cannot be represented in JSON Schema");
    }, mapProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Map cannot be represented in JSON Schema");
    }, setProcessor = (schema2, ctx, json2, params) => {
      handleUnrepresentable(schema2, ctx, json2, params, "Set cannot be represented in JSON Schema");
    }, arrayProcessor = (schema2, ctx, _json, params) => {
      let json2 = _json, def = schema2._zod.def, { minimum, maximum } = aggregateChecks(schema2);
      typeof minimum == "number" && (json2.minItems = minimum), typeof maximum == "number" && (json2.maxItems = maximum), json2.type = "array", json2.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"]
      });
    };
    objectProcessor = (schema2, ctx, _json, params) => {
      let json2 = _json, def = schema2._zod.def, shape = def.shape;
      if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema2, ctx, json2, params, "Symbol keys cannot be represented in JSON Schema"))
        return;
      json2.type = "object", json2.properties = {};
      for (let key in shape)
        assignProp(json2.properties, key, processSchema(shape[key], ctx, {
          ...params,
          path: [...params.path, "properties", key]
        }));
      let requiredKeys = [];
      for (let key of Object.keys(shape)) {
        let field = def.shape[key];
        (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) && requiredKeys.push(key);
      }
      requiredKeys.length > 0 && (json2.required = requiredKeys), def.catchall?._zod.def.type === "never" ? json2.additionalProperties = !1 : def.catchall ? def.catchall && (json2.additionalProperties = processSchema(def.catchall, ctx, {
        ...params,
        path: [...params.path, "additionalProperties"]
      })) : ctx.io === "output" && (json2.additionalProperties = !1);
    }, unionProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def, isExclusive = def.inclusive === !1, options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
      }));
      isExclusive ? json2.oneOf = options : json2.anyOf = options;
    }, intersectionProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def, a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0]
      }), b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1]
      }), isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1, allOf = [
        ...isSimpleIntersection(a) ? a.allOf : [a],
        ...isSimpleIntersection(b) ? b.allOf : [b]
      ];
      json2.allOf = allOf, ctx.intersections.push(allOf);
    }, tupleProcessor = (schema2, ctx, _json, params) => {
      let json2 = _json, def = schema2._zod.def;
      json2.type = "array";
      let prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items", restPath = ctx.target === "draft-2020-12" || ctx.target === "openapi-3.0" ? "items" : "additionalItems", prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i]
      })), rest = def.rest ? processSchema(def.rest, ctx, {
        ...params,
        path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
      }) : null, minItems = def.items.length;
      for (; minItems > 0; ) {
        let item2 = def.items[minItems - 1];
        if (!(ctx.io === "input" ? inputOptin(item2) !== void 0 : item2._zod.optout === "optional"))
          break;
        minItems--;
      }
      let maxItems = def.items.length, isClosed = !def.rest;
      ctx.target === "draft-2020-12" ? (json2.prefixItems = prefixItems, isClosed ? json2.items = !1 : rest && (json2.items = rest), minItems > 0 && (json2.minItems = minItems), isClosed && (json2.maxItems = maxItems)) : ctx.target === "openapi-3.0" ? (json2.items = {
        anyOf: prefixItems
      }, rest && json2.items.anyOf.push(rest), minItems > 0 && (json2.minItems = minItems), isClosed && (json2.maxItems = maxItems)) : (json2.items = prefixItems, isClosed ? json2.additionalItems = !1 : rest && (json2.additionalItems = rest), minItems > 0 && (json2.minItems = minItems), isClosed && (json2.maxItems = maxItems));
      let { minimum, maximum } = aggregateChecks(schema2);
      typeof minimum == "number" && (json2.minItems = minimum), typeof maximum == "number" && (json2.maxItems = maximum);
    };
    pendingRecords = /* @__PURE__ */ new WeakMap();
    recordProcessor = (schema2, ctx, _json, params) => {
      let json2 = _json, def = schema2._zod.def;
      json2.type = "object";
      let keyType = def.keyType, patterns = aggregateChecks(keyType).patterns;
      if (def.mode === "loose" && patterns && patterns.size > 0) {
        let valueSchema = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "patternProperties", "*"]
        });
        json2.patternProperties = {};
        for (let pattern of patterns)
          assignProp(json2.patternProperties, exactPattern(pattern).source, valueSchema);
      } else {
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
          json2.propertyNames = processSchema(def.keyType, ctx, {
            ...params,
            path: [...params.path, "propertyNames"]
          });
          let pending = pendingRecords.get(ctx);
          pending || (pending = [], pendingRecords.set(ctx, pending), ctx.deferred.push(() => rewriteKeyNames(ctx))), pending.push(schema2);
        }
        json2.additionalProperties = processSchema(def.valueType, ctx, {
          ...params,
          path: [...params.path, "additionalProperties"]
        });
      }
      let keyValues = keyType._zod.values, omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
      if (keyValues && !def.partial && !omittableOnInput) {
        let validKeyValues = [...keyValues].filter((v) => typeof v == "string" || typeof v == "number");
        validKeyValues.length > 0 && (json2.required = validKeyValues.map(String));
      }
    }, nullableProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def, inner = processSchema(def.innerType, ctx, params), seen = ctx.seen.get(schema2);
      ctx.target === "openapi-3.0" ? (seen.ref = def.innerType, json2.nullable = !0) : json2.anyOf = [inner, { type: "null" }];
    }, nonoptionalProcessor = (schema2, ctx, _json, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
    }, UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
    defaultProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
      let value = serializeDefaultValue(def.defaultValue, schema2, ctx, json2, params);
      value !== UNREPRESENTABLE_DEFAULT && (json2.default = value);
    }, prefaultProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      if (seen.ref = def.innerType, ctx.io !== "input")
        return;
      let value = serializeDefaultValue(def.defaultValue, schema2, ctx, json2, params);
      value !== UNREPRESENTABLE_DEFAULT && (json2._prefault = value);
    }, catchProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
      let catchValue;
      try {
        catchValue = def.catchValue(void 0);
      } catch {
        handleUnrepresentable(schema2, ctx, json2, params, "Dynamic catch values are not supported in JSON Schema");
        return;
      }
      json2.default = catchValue;
    }, pipeProcessor = (schema2, ctx, _json, params) => {
      let def = schema2._zod.def, inIsTransform = def.in._zod.traits.has("$ZodTransform"), innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
      processSchema(innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = innerType;
    }, readonlyProcessor = (schema2, ctx, json2, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = def.innerType, json2.readOnly = !0;
    }, promiseProcessor = (schema2, ctx, _json, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
    }, optionalProcessor = (schema2, ctx, _json, params) => {
      let def = schema2._zod.def;
      processSchema(def.innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = def.innerType;
    }, lazyProcessor = (schema2, ctx, _json, params) => {
      let innerType = schema2._zod.innerType;
      processSchema(innerType, ctx, params);
      let seen = ctx.seen.get(schema2);
      seen.ref = innerType;
    }, allProcessors = {
      string: stringProcessor,
      number: numberProcessor,
      boolean: booleanProcessor,
      bigint: bigintProcessor,
      symbol: symbolProcessor,
      null: nullProcessor,
      undefined: undefinedProcessor,
      void: voidProcessor,
      never: neverProcessor,
      any: anyProcessor,
      unknown: unknownProcessor,
      date: dateProcessor,
      enum: enumProcessor,
      literal: literalProcessor,
      nan: nanProcessor,
      template_literal: templateLiteralProcessor,
      file: fileProcessor,
      success: successProcessor,
      custom: customProcessor,
      function: functionProcessor,
      transform: transformProcessor,
      map: mapProcessor,
      set: setProcessor,
      array: arrayProcessor,
      object: objectProcessor,
      union: unionProcessor,
      intersection: intersectionProcessor,
      tuple: tupleProcessor,
      record: recordProcessor,
      nullable: nullableProcessor,
      nonoptional: nonoptionalProcessor,
      default: defaultProcessor,
      prefault: prefaultProcessor,
      catch: catchProcessor,
      pipe: pipeProcessor,
      readonly: readonlyProcessor,
      promise: promiseProcessor,
      optional: optionalProcessor,
      lazy: lazyProcessor
    };
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/classic/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/classic/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto2, key, make) {
  Object.defineProperty(proto2, key, {
    configurable: !0,
    enumerable: !1,
    get() {
      let value = make(this);
      return Object.defineProperty(this, key, { value, configurable: !0, writable: !0 }), value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: !0, writable: !0 });
    }
  });
}
var _installedErrorProtos, initializer2, ZodError, ZodRealError, init_errors2 = __esm({
  "node_modules/zod/v4/classic/errors.js"() {
    init_core2();
    init_core2();
    init_util();
    _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer2 = (inst, issues) => {
      $ZodError.init(inst, issues), inst.name = "ZodError";
      let proto2 = Object.getPrototypeOf(inst);
      _installedErrorProtos.has(proto2) || (_installedErrorProtos.add(proto2), _lazyMethod(proto2, "format", (self) => (mapper) => formatError(self, mapper)), _lazyMethod(proto2, "flatten", (self) => (mapper) => flattenError(self, mapper)), _lazyMethod(proto2, "addIssue", (self) => (issue2) => {
        self.issues.push(issue2), self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      }), _lazyMethod(proto2, "addIssues", (self) => (issues2) => {
        self.issues.push(...issues2), self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
      }), Object.defineProperty(proto2, "isEmpty", {
        configurable: !0,
        enumerable: !1,
        get() {
          return this.issues.length === 0;
        }
      }));
    }, ZodError = /* @__PURE__ */ $constructor("ZodError", initializer2), ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/classic/parse.js
var parse, parseAsync, safeParse, safeParseAsync, encode, decode, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync, init_parse2 = __esm({
  "node_modules/zod/v4/classic/parse.js"() {
    init_core2();
    init_errors2();
    init_core2();
    parse = /* @__PURE__ */ _parse(ZodRealError), parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError), safeParse = /* @__PURE__ */ _safeParse(ZodRealError), safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError), encode = /* @__PURE__ */ _encode(ZodRealError), decode = /* @__PURE__ */ _decode(ZodRealError), encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError), decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError), safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError), safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError), safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError), safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
  }
});

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  globalConfig.localeError || config(en_default());
}
function _ensureDefaultMemoizer() {
  globalConfig.memoizer || config({ memoizer: memoizer() });
}
function string2(params) {
  return _string(ZodString, params);
}
function number2(params) {
  return _number(ZodNumber, params);
}
function int(params) {
  return _int(ZodNumberFormat, params);
}
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
function unknown() {
  return _unknown(ZodUnknown);
}
function never(params) {
  return _never(ZodNever, params);
}
function array(element, params) {
  return _array(ZodArray, element, params);
}
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
function record(keyType, valueType, params) {
  return !valueType || !valueType._zod ? new ZodRecord({
    type: "record",
    keyType: string2(),
    valueType: keyType,
    ...util_exports.normalizeParams(valueType)
  }) : new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
function _enum(values, params) {
  let entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
function literal(value, params) {
  return new ZodLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...util_exports.normalizeParams(params)
  });
}
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue == "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue == "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodNumber, ZodNumberFormat, ZodBoolean, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodRecord, ZodEnum, ZodLiteral, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom, init_schemas2 = __esm({
  "node_modules/zod/v4/classic/schemas.js"() {
    init_core2();
    init_core2();
    init_json_schema_processors();
    init_to_json_schema();
    init_en();
    init_checks2();
    init_parse2();
    ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => (_ensureDefaultLocale(), $ZodType.init(inst, def), inst.def = def, inst.type = def.type, inst), {
      check(...chks) {
        let def = this.def;
        return this.clone(util_exports.mergeDefs(def, {
          checks: [
            ...def.checks ?? [],
            ...chks.map((ch) => typeof ch == "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }), { parent: !0 });
      },
      with(...chks) {
        return this.check(...chks);
      },
      clone(def, params) {
        return clone(this, def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        return reg.add(this, meta2), this;
      },
      refine(check, params) {
        return this.check(refine(check, params));
      },
      superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
      },
      overwrite(fn) {
        return this.check(_overwrite(fn));
      },
      optional() {
        return optional(this);
      },
      exactOptional() {
        return exactOptional(this);
      },
      nullable() {
        return nullable(this);
      },
      nullish() {
        return optional(nullable(this));
      },
      nonoptional(params) {
        return nonoptional(this, params);
      },
      array() {
        return array(this);
      },
      or(arg) {
        return union([this, arg]);
      },
      and(arg) {
        return intersection(this, arg);
      },
      transform(tx) {
        return pipe(this, transform(tx));
      },
      default(d) {
        return _default(this, d);
      },
      prefault(d) {
        return prefault(this, d);
      },
      catch(params) {
        return _catch(this, params);
      },
      pipe(target) {
        return pipe(this, target);
      },
      readonly() {
        return readonly(this);
      },
      describe(description) {
        let cl = this.clone();
        return globalRegistry.add(cl, { description }), cl;
      },
      meta(...args) {
        if (args.length === 0)
          return globalRegistry.get(this);
        let cl = this.clone();
        return globalRegistry.add(cl, args[0]), cl;
      },
      isOptional() {
        return this.safeParse(void 0).success;
      },
      isNullable() {
        return this.safeParse(null).success;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      },
      // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
      get "~standard"() {
        return util_exports.hide(this, "~standard", {
          ...standardProps(this),
          jsonSchema: {
            input: createStandardJSONSchemaMethod(this, "input"),
            output: createStandardJSONSchemaMethod(this, "output")
          }
        });
      },
      set "~standard"(value) {
        util_exports.own(this, "~standard", value);
      },
      parse: function _parse2(data, params) {
        return parse(this, data, params, { callee: _parse2 });
      },
      parseAsync: async function _parseAsync2(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync2 });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      // `spa` is an alias: same function object as `safeParseAsync`, as before.
      get spa() {
        return this?.safeParseAsync;
      },
      set spa(value) {
        util_exports.own(this, "spa", value);
      },
      validate(data, params) {
        return validate(this, data, params);
      },
      validateAsync(data, params) {
        return validateAsync(this, data, params);
      },
      encode: function _encode2(data, params) {
        return encode(this, data, params, { callee: _encode2 });
      },
      decode: function _decode2(data, params) {
        return decode(this, data, params, { callee: _decode2 });
      },
      encodeAsync: async function _encodeAsync2(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
      },
      decodeAsync: async function _decodeAsync2(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
      },
      safeEncode(data, params) {
        return safeEncode(this, data, params);
      },
      safeDecode(data, params) {
        return safeDecode(this, data, params);
      },
      async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
      },
      async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
      },
      toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
      },
      // Reads through to the registry on every access, so it must not cache.
      get description() {
        return globalRegistry.get(this)?.description;
      },
      // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
      get _def() {
        return this._zod.def;
      }
    }), _ZodString = /* @__PURE__ */ $constructor(
      "_ZodString",
      (inst, def) => {
        $ZodString.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => stringProcessor(inst, ctx, json2, params);
      },
      /* @__PURE__ */ util_exports.derived({
        format: (inst) => aggregateChecks(inst).format ?? null,
        minLength: (inst) => aggregateChecks(inst).minimum ?? null,
        maxLength: (inst) => aggregateChecks(inst).maximum ?? null
      }, {
        regex(...args) {
          return this.check(_regex(...args));
        },
        includes(...args) {
          return this.check(_includes(...args));
        },
        startsWith(...args) {
          return this.check(_startsWith(...args));
        },
        endsWith(...args) {
          return this.check(_endsWith(...args));
        },
        min(...args) {
          return this.check(_minLength(...args));
        },
        max(...args) {
          return this.check(_maxLength(...args));
        },
        length(...args) {
          return this.check(_length(...args));
        },
        nonempty(...args) {
          return this.check(_minLength(1, ...args));
        },
        lowercase(params) {
          return this.check(_lowercase(params));
        },
        uppercase(params) {
          return this.check(_uppercase(params));
        },
        trim() {
          return this.check(_trim());
        },
        normalize(...args) {
          return this.check(_normalize(...args));
        },
        toLowerCase() {
          return this.check(_toLowerCase());
        },
        toUpperCase() {
          return this.check(_toUpperCase());
        },
        slugify() {
          return this.check(_slugify());
        }
      })
    ), ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
      $ZodString.init(inst, def), _ZodString.init(inst, def);
    }, {
      email(params) {
        return this.check(_email(ZodEmail, params));
      },
      url(params) {
        return this.check(_url(ZodURL, params));
      },
      jwt(params) {
        return this.check(_jwt(ZodJWT, params));
      },
      emoji(params) {
        return this.check(_emoji2(ZodEmoji, params));
      },
      guid(params) {
        return this.check(_guid(ZodGUID, params));
      },
      uuid(params) {
        return this.check(_uuid(ZodUUID, params));
      },
      uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
      },
      uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
      },
      uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
      },
      nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
      },
      cuid(params) {
        return this.check(_cuid(ZodCUID, params));
      },
      cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
      },
      ulid(params) {
        return this.check(_ulid(ZodULID, params));
      },
      base64(params) {
        return this.check(_base64(ZodBase64, params));
      },
      base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
      },
      xid(params) {
        return this.check(_xid(ZodXID, params));
      },
      ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
      },
      ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
      },
      ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
      },
      cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
      },
      cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
      },
      e164(params) {
        return this.check(_e164(ZodE164, params));
      },
      datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
      },
      date(params) {
        return this.check(_isoDate(ZodISODate, params));
      },
      time(params) {
        return this.check(_isoTime(ZodISOTime, params));
      },
      duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
      }
    });
    ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
      $ZodStringFormat.init(inst, def), _ZodString.init(inst, def);
    }), ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
      $ZodISODateTime.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
      $ZodISODate.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
      $ZodISOTime.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
      $ZodISODuration.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
      $ZodEmail.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
      $ZodGUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
      $ZodUUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
      $ZodURL.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
      $ZodEmoji.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
      $ZodNanoID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
      $ZodCUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
      $ZodCUID2.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
      $ZodULID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
      $ZodXID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
      $ZodKSUID.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
      $ZodIPv4.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
      $ZodIPv6.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
      $ZodCIDRv4.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
      $ZodCIDRv6.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
      $ZodBase64.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
      $ZodBase64URL.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
      $ZodE164.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
      $ZodJWT.init(inst, def), ZodStringFormat.init(inst, def);
    }), ZodNumber = /* @__PURE__ */ $constructor(
      "ZodNumber",
      (inst, def) => {
        $ZodNumber.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => numberProcessor(inst, ctx, json2, params), inst.isFinite = !0;
      },
      /* @__PURE__ */ util_exports.derived({
        minValue: (inst) => {
          let { minimum, exclusiveMinimum } = aggregateChecks(inst);
          return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
        },
        maxValue: (inst) => {
          let { maximum, exclusiveMaximum } = aggregateChecks(inst);
          return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
        },
        isInt: (inst) => {
          let { isInt, multipleOf } = aggregateChecks(inst);
          return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
        },
        format: (inst) => aggregateChecks(inst).format ?? null
      }, {
        gt(value, params) {
          return this.check(_gt(value, params));
        },
        gte(value, params) {
          return this.check(_gte(value, params));
        },
        min(value, params) {
          return this.check(_gte(value, params));
        },
        lt(value, params) {
          return this.check(_lt(value, params));
        },
        lte(value, params) {
          return this.check(_lte(value, params));
        },
        max(value, params) {
          return this.check(_lte(value, params));
        },
        int(params) {
          return this.check(int(params));
        },
        safe(params) {
          return this.check(int(params));
        },
        positive(params) {
          return this.check(_gt(0, params));
        },
        nonnegative(params) {
          return this.check(_gte(0, params));
        },
        negative(params) {
          return this.check(_lt(0, params));
        },
        nonpositive(params) {
          return this.check(_lte(0, params));
        },
        multipleOf(value, params) {
          return this.check(_multipleOf(value, params));
        },
        step(value, params) {
          return this.check(_multipleOf(value, params));
        },
        finite() {
          return this;
        }
      })
    );
    ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def), ZodNumber.init(inst, def);
    });
    ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def) => {
      $ZodBoolean.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => booleanProcessor(inst, ctx, json2, params);
    });
    ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
      $ZodUnknown.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => unknownProcessor(inst, ctx, json2, params);
    });
    ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
      $ZodNever.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => neverProcessor(inst, ctx, json2, params);
    });
    ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodArray.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => arrayProcessor(inst, ctx, json2, params), inst.element = def.element;
    }, {
      min(n, params) {
        return this.check(_minLength(n, params));
      },
      nonempty(params) {
        return this.check(_minLength(1, params));
      },
      max(n, params) {
        return this.check(_maxLength(n, params));
      },
      length(n, params) {
        return this.check(_length(n, params));
      },
      unwrap() {
        return this.element;
      }
    });
    ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodObjectJIT.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => objectProcessor(inst, ctx, json2, params), util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, !1);
    }, {
      keyof() {
        return _enum(Object.keys(this._zod.def.shape));
      },
      catchall(catchall) {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
      },
      passthrough() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      loose() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
      },
      strict() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
      },
      strip() {
        return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
      },
      extend(incoming) {
        return util_exports.extend(this, incoming);
      },
      safeExtend(incoming) {
        return util_exports.safeExtend(this, incoming);
      },
      merge(other) {
        return util_exports.merge(this, other);
      },
      pick(mask) {
        return util_exports.pick(this, mask);
      },
      omit(mask) {
        return util_exports.omit(this, mask);
      },
      partial(...args) {
        return util_exports.partial(ZodOptional, this, args[0]);
      },
      exactPartial(...args) {
        return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
      },
      required(...args) {
        return util_exports.required(ZodNonOptional, this, args[0]);
      }
    });
    ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
      $ZodUnion.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => unionProcessor(inst, ctx, json2, params), inst.options = def.options;
    });
    ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
      $ZodIntersection.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => intersectionProcessor(inst, ctx, json2, params);
    });
    ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodRecord.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => recordProcessor(inst, ctx, json2, params), inst.keyType = def.keyType, inst.valueType = def.valueType;
    });
    ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
      $ZodEnum.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => enumProcessor(inst, ctx, json2, params), inst.enum = def.entries, inst.options = [...inst._zod.values];
      let keys = new Set(Object.keys(def.entries));
      inst.extract = (values, params) => {
        let newEntries = {};
        for (let value of values)
          if (keys.has(value))
            newEntries[value] = def.entries[value];
          else
            throw new Error(`Key ${value} not found in enum`);
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      }, inst.exclude = (values, params) => {
        let newEntries = { ...def.entries };
        for (let value of values)
          if (keys.has(value))
            delete newEntries[value];
          else
            throw new Error(`Key ${value} not found in enum`);
        return new ZodEnum({
          ...def,
          checks: [],
          ...util_exports.normalizeParams(params),
          entries: newEntries
        });
      };
    });
    ZodLiteral = /* @__PURE__ */ $constructor("ZodLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => literalProcessor(inst, ctx, json2, params), inst.values = new Set(def.values), Object.defineProperty(inst, "value", {
        get() {
          if (def.values.length > 1)
            throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
          return def.values[0];
        }
      });
    });
    ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
      _ensureDefaultMemoizer(), $ZodTransform.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => transformProcessor(inst, ctx, json2, params), inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward")
          throw new $ZodEncodeError(inst.constructor.name);
        payload.addIssue = (issue2) => {
          if (typeof issue2 == "string")
            payload.issues.push(util_exports.issue(issue2, payload.value, def));
          else {
            let _issue = issue2;
            _issue.fatal && (_issue.continue = !1), _issue.code ?? (_issue.code = "custom"), "input" in _issue || (_issue.input = payload.value), _issue.inst ?? (_issue.inst = inst), payload.issues.push(util_exports.issue(_issue));
          }
        };
        let output = def.transform(payload.value, payload);
        return output instanceof Promise ? output.then((output2) => (payload.value = output2, payload)) : (payload.value = output, payload);
      };
    });
    ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
      $ZodOptional.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
      $ZodExactOptional.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => optionalProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
      $ZodNullable.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => nullableProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
      $ZodDefault.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => defaultProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType, inst.removeDefault = inst.unwrap;
    });
    ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
      $ZodPrefault.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => prefaultProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
      $ZodNonOptional.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => nonoptionalProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
      $ZodCatch.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => catchProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType, inst.removeCatch = inst.unwrap;
    });
    ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
      $ZodPipe.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => pipeProcessor(inst, ctx, json2, params), inst.in = def.in, inst.out = def.out;
    });
    ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
      $ZodReadonly.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => readonlyProcessor(inst, ctx, json2, params), inst.unwrap = () => inst._zod.def.innerType;
    });
    ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
      $ZodCustom.init(inst, def), ZodType.init(inst, def), inst._zod.processJSONSchema = (ctx, json2, params) => customProcessor(inst, ctx, json2, params);
    });
  }
});

// node_modules/zod/v4/classic/compat.js
var ZodFirstPartyTypeKind, init_compat = __esm({
  "node_modules/zod/v4/classic/compat.js"() {
    ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {});
  }
});

// node_modules/zod/v4/classic/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodISODate: () => ZodISODate,
  ZodISODateTime: () => ZodISODateTime,
  ZodISODuration: () => ZodISODuration,
  ZodISOTime: () => ZodISOTime,
  date: () => date2,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
function datetime2(params) {
  return _isoDateTime(ZodISODateTime, params);
}
function date2(params) {
  return _isoDate(ZodISODate, params);
}
function time2(params) {
  return _isoTime(ZodISOTime, params);
}
function duration2(params) {
  return _isoDuration(ZodISODuration, params);
}
var init_iso = __esm({
  "node_modules/zod/v4/classic/iso.js"() {
    init_core2();
    init_schemas2();
    init_schemas2();
  }
});

// node_modules/zod/v4/classic/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/classic/coerce.js"() {
  }
});

// node_modules/zod/v4/classic/external.js
var init_external = __esm({
  "node_modules/zod/v4/classic/external.js"() {
    init_core2();
    init_schemas2();
    init_checks2();
    init_errors2();
    init_parse2();
    init_compat();
    init_json_schema_processors();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/index.js
var init_zod = __esm({
  "node_modules/zod/index.js"() {
    init_external();
  }
});

// src/schema/rules.ts
var dependentRules, init_rules = __esm({
  "src/schema/rules.ts"() {
    "use strict";
    dependentRules = [
      {
        family: "ceasefire",
        field: "start",
        equals: "within",
        requires: "within",
        why: 'a duration such as "30 days"'
      },
      {
        family: "ceasefire",
        field: "start",
        equals: "conditional",
        requires: "condition",
        why: "the condition, in plain words"
      }
    ];
  }
});

// src/schema/plan.ts
function vocabEnum(vocab) {
  let cached2 = enumCache.get(vocab.name);
  if (cached2) return cached2;
  let lines = Object.entries(vocab.values).map(([value, meaning]) => `${value}: ${meaning}`), schema2 = _enum(valuesOf(vocab)).meta({ id: vocab.name, description: `${vocab.description} ${lines.join(" \xB7 ")}` });
  return enumCache.set(vocab.name, schema2), schema2;
}
function parsePlan(input) {
  let result = planSchema.safeParse(input), sources = input?.sources;
  if (sources === null || typeof sources != "object" || !Object.hasOwn(sources, "__proto__")) return result;
  let issue2 = {
    code: "invalid_key",
    origin: "record",
    issues: [],
    path: ["sources", "__proto__"],
    message: "Invalid key in record",
    input: sources
  }, issues = result.success ? [issue2] : [...result.error.issues, issue2];
  return { success: !1, error: new ZodError(issues) };
}
var enumCache, vocabList, kebab, oneLine, planId, sourceKey, actor, actors, isoDate, flag, title, summary, note, sourceList, durationText, duration3, money, count, troops, disputed, clauseBase, sovereigntyClause, ceasefireClause, zone, territory, recognitionClause, electionsClause, neutralityClause, forceLimit, forceCap, securityPackageClause, frozenShare, sanctionsClause, economyClause, nppOption, energyTransitClause, implementationClause, signatoriesClause, accountabilityClause, humanitarianClause, rightsClause, otherProvision, clauseSchemas, source, reaffirmation, planSchema, init_plan = __esm({
  "src/schema/plan.ts"() {
    "use strict";
    init_zod();
    init_duration();
    init_families();
    init_money();
    init_regions();
    init_rules();
    init_vocab();
    init_families();
    enumCache = /* @__PURE__ */ new Map();
    vocabList = (vocab, description) => array(vocabEnum(vocab)).min(1).optional().meta({ description }), kebab = "^[a-z0-9]+(-[a-z0-9]+)*$", oneLine = "^[^\\n\\r]*$", planId = string2().regex(new RegExp(kebab)).max(80).meta({ description: "Plan id: lowercase letters, digits and hyphens; equals the file name." }), sourceKey = string2().regex(new RegExp(kebab)).max(80).meta({ description: "Key of a source declared in the plan\u2019s `sources`." }), actor = string2().regex(/^[A-Z0-9][A-Za-z0-9 .'&-]*$/).max(60).meta({ description: "An actor: a state, bloc or organisation, e.g. United States, Russia, E3, OSCE." }), actors = (description) => array(actor).min(1).optional().meta({ description }), isoDate = iso_exports.date().meta({ description: "A real calendar date, YYYY-MM-DD (quoted or not; YAML 1.2 keeps it a string)." }), flag = (description) => boolean2().optional().meta({ description }), title = string2().min(1).max(300).regex(new RegExp(oneLine)), summary = string2().min(1).max(1e3).regex(new RegExp(oneLine)).meta({ description: "What the clause says, in one line of plain words." }), note = string2().min(1).max(4e3).meta({ description: "Free-text caveat or context." }), sourceList = array(sourceKey).min(1).meta({ description: "Keys of the declared sources this rests on (at least one)." }), durationText = string2().regex(new RegExp(durationPattern)).transform((text) => parseDuration(text)).meta({
      id: "duration",
      description: "A period as people write it: `30 days`, `4 weeks`, `18 months`, `1 year`, `24 hours`. Normalised to days (month = 30 days, year = 365)."
    }), duration3 = union([durationText, literal("unspecified")], {
      error: 'expected a duration such as "30 days", "4 weeks", "18 months", or "unspecified"'
    }), money = string2().regex(new RegExp(moneyPattern), {
      error: 'expected an amount such as "100 bn USD", "210 bn EUR" or "500 m GBP"'
    }).transform((text) => parseMoney(text)).meta({
      id: "money",
      description: "An amount as `<number> <m|bn|tn> <USD|EUR|GBP>`: `100 bn USD`, `210 bn EUR`. Compared in billions; different currencies are not converted."
    }), count = int().min(0).max(1e8), troops = union([count.min(1), vocabEnum(armyCapWord)], {
      error: 'expected a whole number of troops, "none" or "unspecified"'
    }), disputed = array(
      strictObject({
        field: string2().regex(/^[a-z0-9_.-]+$/).max(120).meta({ description: "The field (or dotted path inside the clause) the sources disagree on." }),
        claim: string2().min(1).max(2e3).meta({ description: "What the other sources say, in plain words." }),
        sources: sourceList
      })
    ).min(1).meta({
      description: "Where sources contradict the encoded value: the value in the clause is the best-supported one; each entry records a competing account."
    }), clauseBase = {
      summary,
      sources: sourceList,
      note: note.optional(),
      disputed: disputed.optional()
    }, sovereigntyClause = strictObject({
      ...clauseBase,
      affirmed: flag("Ukraine's sovereignty is affirmed (point 1 of the 28 and of the 20 points)."),
      un_charter: flag(
        "The settlement rests on the UN Charter's principles (sovereignty, territorial integrity)."
      ),
      past_disputes_settled: flag("Disputes of the past decades are declared settled.")
    }).meta({ description: "Ukraine's sovereignty and the principles the settlement rests on." }), ceasefireClause = strictObject({
      ...clauseBase,
      start: vocabEnum(ceasefireStart),
      within: duration3.optional().meta({ description: "Required when `start` is `within`." }),
      condition: string2().min(1).max(1e3).optional().meta({ description: "What the ceasefire waits for; required when `start` is `conditional`." }),
      preconditions: vocabList(ceasefirePrecondition, "The typed conditions behind `condition`."),
      effective_date: isoDate.optional().meta({ description: "A fixed date the ceasefire starts." }),
      end_date: isoDate.optional().meta({ description: "The date a truce of limited length ends." }),
      duration: duration3.optional().meta({ description: "For a ceasefire of limited length (a 30-day truce)." }),
      line: vocabEnum(ceasefireLine).optional(),
      monitoring: vocabList(monitoring, "Who or what watches the ceasefire; several may combine."),
      scope: vocabEnum(ceasefireScope).optional(),
      heavy_weapons_pullback_km: strictObject(
        Object.fromEntries(
          valuesOf(weaponClass).map((w) => [
            w,
            number2().positive().max(1e3).optional().meta({ description: weaponClass.values[w] })
          ])
        )
      ).optional().meta({ description: "Width in km of the zone each weapon class is pulled back to create." }),
      pullback_within: duration3.optional().meta({ description: "Deadline for the heavy-weapons pull-back." })
    }).superRefine((clause, ctx) => {
      for (let rule of dependentRules) {
        let c = clause;
        c[rule.field] === rule.equals && c[rule.requires] === void 0 && ctx.addIssue({
          code: "custom",
          path: [rule.field],
          message: `${rule.field}: ${rule.equals} needs a "${rule.requires}" field: ${rule.why}`,
          params: { code: "requires-field" }
        });
      }
    }).meta({ description: "When and how the fighting stops." }), zone = strictObject({
      kind: vocabEnum(zoneKind),
      part: vocabEnum(zonePart).optional(),
      share_pct: number2().positive().max(100).optional().meta({
        description: "The share of the region the zone covers, in per cent (\u224830 for the Donetsk zone)."
      }),
      administered_by: vocabEnum(zoneAuthority).optional(),
      policed_by: vocabList(zoneAuthority, "Who polices the zone; several may combine."),
      pullback_km: array(number2().positive().max(1e3)).min(1).optional().meta({ description: "Staged pull-back distances in km (e.g. 5, 10, 40)." }),
      recognized_as: vocabEnum(zoneRecognition).optional(),
      note: note.optional()
    }).meta({ id: "zone", description: "A zone inside a region, with its own regime." }), territory = strictObject({
      status: vocabEnum(territorialStatus),
      extent: vocabEnum(territorialExtent).optional(),
      recognized_by: actors("Who recognises the status."),
      zones: array(zone).min(1).optional().meta({ description: "Zones inside the region, one per kind (the Donetsk demilitarised zone)." }),
      note: note.optional()
    }).meta({ id: "territory", description: "What the plan does with one region." }), recognitionClause = strictObject({
      ...clauseBase,
      basis: vocabEnum(territorialBasis).optional(),
      territories: strictObject(
        Object.fromEntries(
          regionKeys.map((key) => [key, territory.optional().meta({ description: regions[key].name })])
        )
      ).optional().meta({ description: "Region by region; a region left out is one the plan is silent on." }),
      scope: vocabEnum(recognitionScope).optional(),
      instrument: vocabEnum(recognitionInstrument).optional(),
      revocable: flag("The recognition lapses if the agreement is broken (e.g. by a new invasion)."),
      non_use_of_force: flag("Both sides pledge not to change the territorial arrangement by force.")
    }).meta({ description: "What happens to territory, region by region, and who recognises it." }), electionsClause = strictObject({
      ...clauseBase,
      within: union([durationText, vocabEnum(electionTiming)], {
        error: 'expected a duration such as "100 days", "as-soon-as-possible" or "unspecified"'
      }).optional().meta({ description: "How soon the vote is held." }),
      after: string2().min(1).max(1e3).optional().meta({ description: "What starts the clock, in plain words." }),
      scope: vocabList(electionScope, "Which votes are held."),
      monitoring: vocabEnum(electionMonitoring).optional()
    }).meta({ description: "Elections." }), neutralityClause = strictObject({
      ...clauseBase,
      nato: vocabEnum(natoStance).optional(),
      nato_enlargement_halt: flag("NATO pledges not to expand further."),
      russia_nato_dialogue: flag("A Russia\u2013NATO dialogue on security is set up (mediated or not)."),
      eu: vocabEnum(euStance).optional(),
      eu_target_date: isoDate.optional().meta({ description: "A target date for EU accession." }),
      eu_market_access: flag("Short-term preferential access to the EU market while accession is considered."),
      foreign_troops: vocabEnum(foreignTroops).optional(),
      non_nuclear: flag("Ukraine stays (or becomes) a non-nuclear state.")
    }).meta({ description: "Ukraine's alignment: NATO, the EU, foreign forces, nuclear status." }), forceLimit = strictObject({
      party: actor.meta({ description: "Whose forces are limited: Ukraine, Russia." }),
      troops: troops.optional().meta({ description: "Most troops (personnel) the party may have." }),
      applies: vocabEnum(forceScope).optional(),
      tanks: count.optional().meta({ description: "Most tanks." }),
      artillery: count.optional().meta({ description: "Most artillery pieces." }),
      combat_aircraft: count.optional().meta({ description: "Most combat aircraft." }),
      missile_range_km: count.optional().meta({ description: "Longest missile range allowed, in km." }),
      long_range_weapons: vocabEnum(weaponsRule).optional(),
      defence_industry: vocabEnum(weaponsRule).optional(),
      note: note.optional()
    }).meta({ id: "force-limit", description: "Limits on one party's armed forces." }), forceCap = strictObject({
      proposed_by: actor.meta({ description: "Who proposed these numbers." }),
      troops: count.optional().meta({ description: "Maximum number of troops." }),
      tanks: count.optional().meta({ description: "Maximum number of tanks." }),
      artillery: count.optional().meta({ description: "Maximum number of artillery pieces." }),
      combat_aircraft: count.optional().meta({ description: "Maximum number of combat aircraft." }),
      missile_range_km: count.optional().meta({ description: "Maximum missile range, in km." }),
      note: note.optional()
    }), securityPackageClause = strictObject({
      ...clauseBase,
      guarantee: vocabEnum(guarantee).optional(),
      guarantors: actors("Who gives the guarantee."),
      guarantee_form: vocabEnum(guaranteeForm).optional(),
      guarantee_term: duration3.optional().meta({ description: "How long the guarantee lasts." }),
      guarantee_renewable: flag("The guarantee can be renewed at the end of its term."),
      guarantee_starts: vocabEnum(guaranteeStart).optional(),
      guarantee_trigger: vocabEnum(guaranteeTrigger).optional(),
      guarantee_response: vocabList(guaranteeResponse, "What the guarantors do when it is set off."),
      guarantee_backstop: actors(
        "Who backs up the guarantors (e.g. the United States behind a European force)."
      ),
      guarantee_void_if: vocabList(guaranteeVoid, "What voids the guarantee."),
      guarantee_compensated: flag("The guarantor is paid for the guarantee."),
      force_limits: array(forceLimit).min(1).optional().meta({ description: "Limits on each party's forces, one entry per party (Ukraine, Russia)." }),
      force_caps: array(forceCap).min(1).optional().meta({ description: "Competing offers of force limits, one per proposer (e.g. Istanbul 2022)." }),
      peacekeepers: vocabEnum(peacekeepers).optional(),
      allied_aircraft: vocabEnum(aircraftBasing).optional(),
      non_aggression: flag("A non-aggression pact or pledge."),
      non_aggression_parties: actors("Who the non-aggression pact binds."),
      non_aggression_law: actors(
        "Who writes non-aggression into national law (e.g. Russia, ratified by the Duma)."
      ),
      arms_control: flag("The US and Russia extend nuclear arms-control treaties (New START).")
    }).meta({ description: "Security guarantees, limits on forces and peacekeeping." }), frozenShare = strictObject({
      to: actor.meta({ description: "Who receives the share: a state, a fund or a vehicle." }),
      share_pct: number2().positive().max(100).optional().meta({ description: "Its share, in per cent." }),
      amount: money.optional(),
      note: note.optional()
    }), sanctionsClause = strictObject({
      ...clauseBase,
      relief: vocabEnum(sanctionsRelief).optional(),
      lifted_by: vocabList(sanctionsAuthority, "Whose sanctions the relief is about."),
      relief_conditions: vocabList(reliefCondition, "The typed conditions relief waits for."),
      conditions: array(string2().min(1).max(1e3)).min(1).optional().meta({ description: "What relief depends on, in plain words." }),
      snapback: flag("Sanctions return if Russia attacks again."),
      new_sanctions_barred: flag("No new sanctions may be imposed."),
      frozen_assets: vocabEnum(frozenAssets).optional(),
      frozen_assets_amount: money.optional().meta({ description: "How much of the frozen assets the clause assigns." }),
      frozen_assets_shares: array(frozenShare).min(1).optional().meta({
        description: "Who gets what of the frozen assets (or of their profits), one entry per beneficiary."
      }),
      g8_return: flag("Russia is invited back to the G8.")
    }).meta({ description: "Sanctions on Russia and its frozen assets." }), economyClause = strictObject({
      ...clauseBase,
      reconstruction_fund: money.optional().meta({ description: 'The size of the reconstruction (or "prosperity") fund.' }),
      development_fund: flag("A Ukraine development fund invests in its economy."),
      us_ukraine: vocabList(usUkraineAgreement, "Economic agreements between the United States and Ukraine."),
      us_russia_cooperation: flag("The US and Russia agree on long-term economic cooperation."),
      russia_reintegration: flag("Russia returns to the world economy."),
      dnipro_passage: flag("Ukraine may use the Dnipro for commerce without Russian obstruction."),
      black_sea_shipping: flag("Shipping (grain) moves freely across the Black Sea.")
    }).meta({ description: "Reconstruction, trade and economic cooperation." }), nppOption = strictObject({
      proposed_by: actor,
      control: vocabEnum(facilityControl),
      electricity_split: string2().regex(/^[0-9]{1,3}(\/[0-9]{1,3}){1,3}$/).optional().meta({ description: "How this proposal shares the plant\u2019s electricity, e.g. `50/50`." }),
      note: note.optional()
    }), energyTransitClause = strictObject({
      ...clauseBase,
      gas_transit: vocabEnum(gasTransit).optional(),
      term: duration3.optional().meta({ description: "How long the transit arrangement runs." }),
      gas_infrastructure: vocabEnum(facilityControl).optional(),
      zaporizhzhia_npp: vocabEnum(facilityControl).optional(),
      zaporizhzhia_npp_options: array(nppOption).min(1).optional().meta({ description: "Competing proposals for the plant, one per proposer." }),
      electricity_split: string2().regex(/^[0-9]{1,3}(\/[0-9]{1,3}){1,3}$/).optional().meta({ description: "How the plant\u2019s electricity is shared, e.g. `50/50`." }),
      kakhovka_dam: vocabEnum(facilityControl).optional(),
      infrastructure_truce: flag("Strikes on energy infrastructure stop.")
    }).meta({ description: "Gas, the Zaporizhzhia plant, the Kakhovka dam and energy infrastructure." }), implementationClause = strictObject({
      ...clauseBase,
      order: array(vocabEnum(implementationStep)).min(2).optional().meta({ description: "The steps of the settlement in the order the plan puts them." }),
      entry_into_force: vocabEnum(entryIntoForce).optional(),
      legally_binding: flag("The agreement is legally binding."),
      ratification: vocabList(ratifyingBody, "Who must ratify."),
      unsc_resolution: flag("The UN Security Council endorses the agreement."),
      referendum: vocabEnum(referendumSubject).optional(),
      referendum_with_elections: flag("The referendum is held together with the elections."),
      ceasefire_before_vote: duration3.optional().meta({ description: "How long a ceasefire must hold before a vote (Ukraine asks 60 days)." }),
      oversight: vocabList(oversightBody, "Bodies that oversee implementation."),
      deadline: isoDate.optional().meta({ description: "The date by which the agreement is to be reached or signed." })
    }).meta({ description: "Sequencing, ratification, entry into force and oversight." }), signatoriesClause = strictObject({
      ...clauseBase,
      parties: actors('Who signs ("Europe" and the European Union are different signatories).'),
      documents: int().min(1).max(50).optional().meta({ description: "How many separate documents the settlement is split into." }),
      legitimacy_disputed: actors(
        "Signatories whose authority to sign another party disputes (Russia's claim about Ukraine's president)."
      )
    }).meta({ description: "Who signs, and whose signature is disputed." }), accountabilityClause = strictObject({
      ...clauseBase,
      amnesty: vocabEnum(amnesty).optional(),
      tribunal: vocabEnum(tribunal).optional(),
      reparations: vocabEnum(reparations).optional(),
      compensation_mechanism: flag("An international mechanism to compensate the damage is set up.")
    }).meta({ description: "Amnesty, justice and reparations." }), humanitarianClause = strictObject({
      ...clauseBase,
      prisoners: vocabEnum(prisonerExchange).optional(),
      civilians: flag("Civilian detainees and hostages are released."),
      children: flag("Deported children are returned."),
      political_prisoners: flag("Political prisoners are released."),
      remains: flag("The remains of the dead are exchanged."),
      family_reunification: flag("Families are reunited.")
    }).meta({ description: "Prisoners, civilians, children and the dead." }), rightsClause = strictObject({
      ...clauseBase,
      language: vocabEnum(languageRegime).optional(),
      religion: vocabEnum(religionRegime).optional(),
      nazism_ban: vocabEnum(nazismBan).optional(),
      tolerance_education: flag("Schools teach tolerance between the peoples."),
      media_rights: flag("Discriminatory measures against Russian and Ukrainian media and education end.")
    }).meta({ description: "Language, religion, minorities and the ban on Nazi ideology." }), otherProvision = strictObject({
      topic: string2().regex(new RegExp(kebab)).max(60).meta({
        description: "Short kebab-case topic, unique in the plan: rhetoric, or provisions no family holds."
      }),
      ...clauseBase
    }), clauseSchemas = {
      sovereignty: sovereigntyClause,
      ceasefire: ceasefireClause,
      recognition: recognitionClause,
      elections: electionsClause,
      neutrality: neutralityClause,
      security_package: securityPackageClause,
      sanctions: sanctionsClause,
      economy: economyClause,
      energy_transit: energyTransitClause,
      implementation: implementationClause,
      signatories: signatoriesClause,
      accountability: accountabilityClause,
      humanitarian: humanitarianClause,
      rights: rightsClause
    }, source = strictObject({
      title: title.meta({ description: "Headline or document title." }),
      publisher: string2().min(1).max(200).optional().meta({ description: "The outlet or body that published it." }),
      published: isoDate.optional().meta({ description: "Publication date." }),
      url: string2().regex(/^https?:\/\/[^\s]+$/).max(2e3).optional().meta({ description: "Where to read it (http or https)." }),
      file: string2().regex(/^[A-Za-z0-9._/-]+$/).max(300).optional().meta({ description: "A local copy, relative to the repository." }),
      flags: array(vocabEnum(sourceFlag)).min(1).optional().meta({ description: "Caveats about the source." }),
      note: note.optional()
    }), reaffirmation = strictObject({
      plan: planId.meta({
        description: "An earlier plan of the same party whose terms this one reaffirms."
      }),
      sources: sourceList.meta({ description: "Sources that show the reaffirmation." }),
      note: note.optional()
    }), planSchema = strictObject({
      format: literal(planFormat).meta({
        description: "The format version of the file (2). Files without it are format 1: run `plans migrate`."
      }),
      id: planId,
      title: title.meta({ description: "The plan\u2019s name as readers know it." }),
      proposed_by: array(actor).min(1).meta({ description: "Who put the plan forward." }),
      date: isoDate.meta({
        description: "When the plan was put forward or reported; a composite position takes its latest source\u2019s date."
      }),
      status: vocabEnum(planStatus),
      revises: planId.optional().meta({ description: "Id of the plan this one revises; it must exist." }),
      reaffirms: array(reaffirmation).min(1).optional().meta({
        description: "Earlier plans of the same party whose terms this one keeps: what this plan leaves unsaid is taken from them; what it says overrides them."
      }),
      points: int().min(1).max(1e3).optional().meta({ description: "Number of points the text has." }),
      note: note.optional(),
      disputed: disputed.optional(),
      sources: record(string2().regex(new RegExp(kebab)).max(80), source).meta({ description: "Every source the plan cites, declared once and keyed by a short name." }),
      clauses: strictObject({
        ...Object.fromEntries(Object.entries(clauseSchemas).map(([k, s]) => [k, s.optional()])),
        other: array(otherProvision).min(1).optional().meta({ description: "Provisions no family holds, and rhetoric, each under a topic." })
      }).meta({ description: "The clause families the plan addresses; an omitted family means silence." })
    }).meta({ title: "Peace plan", description: "One peace plan, as read by the `plans` tool (format 2)." });
  }
});

// src/schema/placeholders.ts
var placeholders, placeholderSummaries, init_placeholders = __esm({
  "src/schema/placeholders.ts"() {
    "use strict";
    placeholders = {
      title: "Title of the plan as readers know it",
      sourceKey: "example-source",
      sourceTitle: "Headline of the article or document",
      publisher: "Outlet",
      url: "https://example.org/article"
    }, placeholderSummaries = {
      sovereignty: "Ukraine's sovereignty is affirmed.",
      ceasefire: "Fighting stops along the current line within 30 days.",
      recognition: "Territory is frozen along the line of contact.",
      elections: "National elections are held within 100 days.",
      neutrality: "Ukraine does not join NATO and may join the EU.",
      security_package: "Ukraine gets guarantees and keeps an army of up to 800,000 in peacetime.",
      sanctions: "Sanctions are lifted in stages, and return if Russia attacks again.",
      economy: "A reconstruction fund rebuilds Ukraine.",
      energy_transit: "The Zaporizhzhia plant restarts under IAEA supervision.",
      implementation: "The agreement is signed, put to a referendum, then ratified.",
      signatories: "Ukraine, Russia, the United States and Europe sign.",
      accountability: "No amnesty; a special tribunal tries the crime of aggression.",
      humanitarian: "All prisoners are exchanged and deported children return.",
      rights: "Ukraine applies EU rules on minority languages."
    };
  }
});

// src/load/suggest.ts
function editDistance(a, b, limit = Number.POSITIVE_INFINITY) {
  let m = a.length, n = b.length;
  if (Math.abs(m - n) > limit) return limit + 1;
  rows[0].length <= n && (rows = [0, 1, 2].map(() => new Uint32Array(2 * (n + 1))));
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d = Math.min(d, prev2[j - 2] + 1)), cur[j] = d, d < rowMin && (rowMin = d);
    }
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin, [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n], limit + 1);
}
function closest(word, candidates, limit = 1) {
  let w = word.toLowerCase();
  if (w.length > 200) return [];
  let max = Math.max(2, Math.floor(w.length / 3)), scored = [];
  for (let c of candidates) {
    let lc = c.toLowerCase(), d = editDistance(w, lc, max);
    d > max && w.length >= 3 && (lc.includes(w) || w.includes(lc)) && (d = max), d <= max && scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)), scored.slice(0, limit).map(([c]) => c);
}
function didYouMean(word, candidates) {
  let [best] = closest(word, candidates);
  return best === void 0 ? "" : ` \u2014 did you mean "${best}"?`;
}
var rows, init_suggest = __esm({
  "src/load/suggest.ts"() {
    "use strict";
    rows = [
      new Uint32Array(64),
      new Uint32Array(64),
      new Uint32Array(64)
    ];
  }
});

// src/load/limits.ts
var limits, init_limits = __esm({
  "src/load/limits.ts"() {
    "use strict";
    limits = {
      /** Largest plan file read, in bytes; checked with stat before reading. */
      maxFileBytes: 1048576,
      /** Most YAML tokens (lexemes) per file; checked while lexing, before any tree is built. */
      maxTokens: 2e5,
      /** Deepest nesting of collections; checked on the syntax tree before composing nodes. */
      maxDepth: 64,
      /** Longest excerpt of file content quoted in a message. */
      maxExcerpt: 40
    };
  }
});

// src/load/text.ts
function firstInvalidUtf8(bytes) {
  let i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i], need, min;
    if (b < 128) {
      i++;
      continue;
    }
    if (b >= 194 && b <= 223)
      need = 1, min = 128;
    else if (b >= 224 && b <= 239)
      need = 2, min = 2048;
    else if (b >= 240 && b <= 244)
      need = 3, min = 65536;
    else return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      let c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function describeChar(ch) {
  let cp = ch.codePointAt(0), hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return cp === 0 ? `a NUL byte (${hex})` : `control character ${hex}`;
}
function tooLargeMessage(size) {
  return `file is ${size} bytes; plan files are limited to ${limits.maxFileBytes} bytes`;
}
function decodePlanBytes(bytes) {
  if (bytes.length > limits.maxFileBytes)
    return {
      ok: !1,
      text: "",
      problem: {
        code: "too-large",
        offset: 0,
        message: tooLargeMessage(bytes.length)
      }
    };
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    let at2 = firstInvalidUtf8(bytes), prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, Math.max(0, at2))), stripped = prefix.startsWith("\uFEFF") ? prefix.slice(1) : prefix, byte = bytes[at2] ?? 0;
    return {
      ok: !1,
      text: stripped,
      problem: {
        code: "encoding",
        offset: stripped.length,
        message: `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, "0")}; plan files must be UTF-8`
      }
    };
  }
  return checkText(text.startsWith("\uFEFF") ? text.slice(1) : text);
}
function checkText(text) {
  let m = forbiddenCharacter.exec(text);
  return m ? {
    ok: !1,
    text,
    problem: {
      code: "forbidden-character",
      offset: m.index,
      message: `file contains ${describeChar(m[0])}, which YAML does not allow`
    }
  } : { ok: !0, text };
}
function excerpt(s) {
  let clean = s.replace(/\s+/g, " ");
  return clean.length > limits.maxExcerpt ? `${clean.slice(0, limits.maxExcerpt - 1)}\u2026` : clean;
}
var decoder, forbiddenCharacter, init_text = __esm({
  "src/load/text.ts"() {
    "use strict";
    init_limits();
    decoder = new TextDecoder("utf-8", { fatal: !0, ignoreBOM: !0 });
    forbiddenCharacter = // biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
  }
});

// src/load/checks.ts
function asRecord(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value) ? value : void 0;
}
function checkPlan(raw, fileId, options = {}) {
  let out = [], checkControls = options.controlCharacters ?? !0, top = asRecord(raw) ?? {}, sources = asRecord(top.sources) ?? {}, declared = Object.keys(sources), used = /* @__PURE__ */ new Set(), hints = /* @__PURE__ */ new Map(), hintFor = (key) => {
    let hint = hints.get(key);
    return hint === void 0 && (hint = hints.size < maxHints ? didYouMean(key, declared) : "", hints.set(key, hint)), hint;
  };
  fileId !== void 0 && typeof top.id == "string" && top.id !== fileId && out.push({
    code: "id-mismatch",
    severity: "error",
    message: `id "${excerpt(top.id)}" does not match the file name "${excerpt(fileId)}"`,
    path: ["id"],
    target: "value"
  }), walk(raw, [], (value, path) => {
    let last = path[path.length - 1], parent = path[path.length - 2];
    if (typeof last == "number" && parent === "sources" && path.length > 2 && typeof value == "string" && (used.add(value), Object.hasOwn(sources, value) || out.push({
      code: "undeclared-source",
      severity: "error",
      message: `source "${excerpt(value)}" is not declared in the plan's sources${hintFor(value)}`,
      path: [...path],
      target: "value"
    })), typeof value == "string" && checkControls && controlCharacters.test(value) && out.push({
      code: "control-character",
      severity: "warning",
      message: `${path.join(".")}: text holds control or bidi-override characters; they are shown escaped`,
      path: [...path],
      target: "value"
    }), Array.isArray(value) && typeof last == "string") {
      let keyField = listKeyFields[last];
      if (keyField) {
        let seen = /* @__PURE__ */ new Set();
        value.forEach((item2, i) => {
          let key = item2?.[keyField];
          typeof key == "string" && (seen.has(key) && out.push({
            code: "duplicate-entry",
            severity: "error",
            message: `${path.join(".")}: ${keyField} "${excerpt(key)}" appears more than once`,
            path: [...path, i, keyField],
            target: "value"
          }), seen.add(key));
        });
      }
    }
  });
  for (let key of declared)
    !used.has(key) && asRecord(top.clauses) && out.push({
      code: "unused-source",
      severity: "warning",
      message: `source "${key}" is declared but no clause cites it`,
      path: ["sources", key],
      target: "key"
    });
  checkPlaceholders(top, out);
  let clauses = asRecord(top.clauses) ?? {};
  for (let family of families) {
    if (family === "other") continue;
    let clause = asRecord(clauses[family]);
    if (!clause) continue;
    let typed = Object.entries(clause).filter(([k]) => !clauseBaseFields.has(k));
    typed.length > 0 && typed.every(([, v]) => isVague(v)) && clause.note === void 0 && out.push({
      code: "all-unspecified",
      severity: "warning",
      message: `clauses.${family}: every typed value is "unspecified" and no note says why; add a note or a definite value`,
      path: ["clauses", family],
      target: "key"
    });
  }
  return out;
}
function checkPlaceholders(top, out) {
  let warn = (path, what, target = "value") => out.push({
    code: "placeholder",
    severity: "warning",
    message: `${what} is still the example from plans new; replace it`,
    path,
    target
  });
  top.title === placeholders.title && warn(["title"], "the title");
  let sources = asRecord(top.sources) ?? {};
  for (let [key, value] of Object.entries(sources)) {
    let source2 = asRecord(value) ?? {};
    key === placeholders.sourceKey ? warn(["sources", key], `source "${key}"`, "key") : source2.url === placeholders.url ? warn(["sources", key, "url"], "the URL") : source2.title === placeholders.sourceTitle && warn(["sources", key, "title"], "the source's title");
  }
  let clauses = asRecord(top.clauses) ?? {};
  for (let [family, summary2] of Object.entries(placeholderSummaries))
    asRecord(clauses[family])?.summary === summary2 && warn(["clauses", family, "summary"], `the ${family} summary`);
}
function isVague(v) {
  return v === "unspecified" ? !0 : Array.isArray(v) ? v.length > 0 && v.every(isVague) : !1;
}
function walk(value, path, visit2) {
  if (visit2(value, path), Array.isArray(value))
    for (let i = 0; i < value.length; i++)
      path.push(i), walk(value[i], path, visit2), path.pop();
  else if (value !== null && typeof value == "object" && !(value instanceof Uint8Array))
    for (let k of Object.keys(value))
      path.push(k), walk(value[k], path, visit2), path.pop();
}
var maxHints, controlCharacters, init_checks3 = __esm({
  "src/load/checks.ts"() {
    "use strict";
    init_families();
    init_fields();
    init_placeholders();
    init_suggest();
    init_text();
    maxHints = 100, controlCharacters = // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  }
});

// src/load/diagnostic.ts
function isError(d) {
  return d.severity === "error";
}
function compareDiagnostics(a, b) {
  return byCodeUnits(a.file, b.file) || a.line - b.line || a.col - b.col || byCodeUnits(a.code, b.code);
}
var diagnosticCodes, init_diagnostic = __esm({
  "src/load/diagnostic.ts"() {
    "use strict";
    init_byCodeUnits();
    diagnosticCodes = {
      "yaml-syntax": "The file is not well-formed YAML.",
      "duplicate-key": "A mapping repeats a key.",
      "too-large": "The file is larger than the size limit.",
      "too-complex": "The document is nested too deeply or has too many nodes.",
      encoding: "The file is not valid UTF-8.",
      "forbidden-character": "The file holds a character YAML does not allow (NUL and other control codes).",
      "multiple-documents": "The file holds more than one YAML document.",
      alias: "Anchors, aliases and merge keys are not allowed in plan files.",
      tag: "Custom or unsupported YAML tags are not allowed.",
      "key-type": "A mapping key is not a plain string.",
      "not-a-mapping": "The document (or a clause) is not a mapping.",
      "unknown-key": "A key the format does not define.",
      enum: "A value outside a closed vocabulary.",
      type: "A value of the wrong type.",
      format: "A value with the wrong shape (date, duration, id, URL \u2026).",
      required: "A required field is missing.",
      "requires-field": "A field required by another field's value is missing.",
      "too-small": "An empty list or string, or a number below its minimum.",
      "too-big": "A value above its maximum length or size.",
      "duplicate-entry": "Two list entries share a key (topic, proposer, field).",
      "undeclared-source": "A clause cites a source key the plan does not declare.",
      "id-mismatch": "The id does not match the file name.",
      "duplicate-id": "Two files declare the same id.",
      "unknown-revises": "`revises` names a plan that does not exist.",
      "revises-cycle": "`revises` links form a cycle.",
      "revises-newer": "`revises` names a plan dated after this one (warning).",
      "unused-source": "A declared source no clause cites (warning).",
      "all-unspecified": "A clause whose typed values are all `unspecified`, with no note saying why (warning).",
      "control-character": "Text holds terminal control characters (warning); they are neutralised on output.",
      "symlink-outside": "A symbolic link that leaves the directory being validated; not read.",
      "read-error": "The file could not be read.",
      "plan-format": "The file declares a plan format this version does not read.",
      "format-1": "The file is written in plan format 1; it is read as format 2 (warning): `plans migrate` rewrites it.",
      "unknown-reaffirms": "`reaffirms` names a plan that does not exist.",
      "reaffirms-later": "`reaffirms` names a plan dated after this one: a document can only keep what was said before it.",
      "reaffirms-other-party": "`reaffirms` names another party's plan: a party reaffirms only its own positions.",
      "reaffirms-cycle": "`reaffirms` links form a cycle.",
      placeholder: "An example value from a `plans new` scaffold left in place (warning)."
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias2 = (node2) => !!node2 && typeof node2 == "object" && node2[NODE_TYPE] === ALIAS, isDocument = (node2) => !!node2 && typeof node2 == "object" && node2[NODE_TYPE] === DOC, isMap2 = (node2) => !!node2 && typeof node2 == "object" && node2[NODE_TYPE] === MAP, isPair = (node2) => !!node2 && typeof node2 == "object" && node2[NODE_TYPE] === PAIR, isScalar2 = (node2) => !!node2 && typeof node2 == "object" && node2[NODE_TYPE] === SCALAR, isSeq2 = (node2) => !!node2 && typeof node2 == "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 == "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node2) {
      if (node2 && typeof node2 == "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node2) => (isScalar2(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node2, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node2) ? visit_(null, node2.contents, visitor_, Object.freeze([node2])) === REMOVE && (node2.contents = null) : visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path) {
      let ctrl = callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            let ci = visit_(i, node2.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node2.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          let ck = visit_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node2.key = null);
          let cv = visit_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node2.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node2) ? await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2])) === REMOVE && (node2.contents = null) : await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path) {
      let ctrl = await callVisitor(key, node2, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node2)) {
          path = Object.freeze(path.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            let ci = await visitAsync_(i, node2.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node2.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node2)) {
          path = Object.freeze(path.concat(node2));
          let ck = await visitAsync_("key", node2.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node2.key = null);
          let cv = await visitAsync_("value", node2.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node2.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node2, visitor, path) {
      if (typeof visitor == "function")
        return visitor(key, node2, path);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path);
    }
    function replaceNode(key, path, node2) {
      let parent = path[path.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node2;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node2 : parent.value = node2;
      else if (identity.isDocument(parent))
        parent.contents = node2;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2")
              return this.yaml.version = version2, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version2);
              return onError(6, `Unsupported YAML version ${version2}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source2, onError) {
        if (source2 === "!")
          return "!";
        if (source2[0] !== "!")
          return onError(`Not a valid tag: ${source2}`), null;
        if (source2[1] === "<") {
          let verbatim = source2.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source2} is invalid.`), null) : (source2[source2.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source2.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source2} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            return onError(String(error2)), null;
          }
        return handle === "!" ? source2 : (onError(`Could not resolve tag: ${source2}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node2) => {
            identity.isNode(node2) && node2.tag && (tags[node2.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor2)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root2) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root2, {
        Value(_key, node2) {
          node2.anchor && anchors.add(node2.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source2) => {
          aliasObjects.push(source2), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor2 = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor2), anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source2 of aliasObjects) {
            let ref = sourceObjects.get(source2);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error2 = new Error("Failed to resolve repeated object (this should not happen)");
              throw error2.source = source2, error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source2) {
        super(identity.ALIAS), this.source = source2, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node2) => {
            (identity.isAlias(node2) || identity.hasAnchor(node2)) && nodes.push(node2);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node2 of nodes) {
          if (node2 === this)
            break;
          node2.anchor === this.source && (found = node2);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source2 = this.resolve(ctx.doc, ctx);
        if (!source2) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source2).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        let source2 = node2.resolve(doc), anchor2 = anchors2 && source2 && anchors2.get(source2);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count2 = 0;
        for (let item2 of node2.items) {
          let c = getAliasCount(doc, item2, anchors2);
          c > count2 && (count2 = c);
        }
        return count2;
      } else if (identity.isPair(node2)) {
        let kc = getAliasCount(doc, node2.key, anchors2), vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t2) => t2.tag === tagName), tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map2.items.push(value), map2;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node3 = new Scalar.Scalar(value);
          return ref && (ref.node = node3), node3;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node2.tag = tagName : tagObj.default || (node2.tag = tagObj.tag), ref && (ref.node = node2), node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        let k = path[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2), Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema2 && (copy.schema = schema2), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          let [key, ...rest] = path, node2 = this.get(key, !0);
          if (identity.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        let node2 = this.get(key, !0);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        let [key, ...rest] = path, node2 = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node2) ? node2.value : node2 : identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return !1;
          let n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        let node2 = this.get(key, !0);
        return identity.isCollection(node2) ? node2.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node2 = this.get(key, !0);
          if (identity.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str2.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str2[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str2 = "", start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i])
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n" && (str2 += json2.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                let code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str2 += "\\x" + code.substr(2) : str2 += json2.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength)
                i += 1;
              else {
                for (str2 += json2.slice(start, i) + `

`; json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"'; )
                  str2 += `
`, i += 2;
                str2 += indent, json2[i + 2] === " " && (str2 += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str2 = start ? str2 + json2.slice(start) : json2, implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal2 = blockQuote === "literal" ? !0 : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? !1 : type2 === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal2) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item2, ctx, onComment, onChompKeep) {
      let { type: type2, value } = item2, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item2, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item2, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item2, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item2, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item2.value == "string" ? item2 : Object.assign({}, item2, { value: String(item2.value) }), { type: type2 } = item2;
      type2 !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type2 = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type2);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t2 = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t2), res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item2) {
      if (item2.tag) {
        let match = tags.filter((t2) => t2.tag === item2.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item2.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item2)) {
        obj = item2.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t2) => t2.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t2) => t2.format === item2.format) ?? match.find((t2) => !t2.format);
      } else
        obj = item2, tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor2 = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      anchor2 && anchors.anchorIsValid(anchor2) && (anchors$1.add(anchor2), props.push(`&${anchor2}`));
      let tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item2, ctx, onComment, onChompKeep) {
      if (identity.isPair(item2))
        return item2.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item2)) {
        if (ctx.doc.directives)
          return item2.toString(ctx);
        if (ctx.resolvedAliases?.has(item2))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item2) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item2]), item2 = item2.resolve(ctx.doc);
      }
      let tagObj, node2 = identity.isNode(item2) ? item2 : ctx.doc.createNode(item2, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      let props = stringifyProps(node2, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str2 = typeof tagObj.stringify == "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node2) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}` : str2;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str2 = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str2 = `? ${str2}`, keyComment && !keyCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))), str2 = `? ${str2}
${indent}:`) : (str2 = `${str2}:`, keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str2.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str2 += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge3 = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge3.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge3.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge3.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      let source2 = resolveAliasValue(ctx, value);
      if (identity.isSeq(source2))
        for (let it of source2.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source2))
        for (let it of source2)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source2);
    }
    function mergeValue(ctx, map2, value) {
      let source2 = resolveAliasValue(ctx, value);
      if (!identity.isMap(source2))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source2.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map2 instanceof Map ? map2.has(key) || map2.set(key, value2) : map2 instanceof Set ? map2.add(key) : Object.prototype.hasOwnProperty.call(map2, key) || Object.defineProperty(map2, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge3;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge3 = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge3.isMergeKey(ctx, key))
        merge3.addMergeToJSMap(ctx, map2, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map)
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map2 instanceof Set)
          map2.add(jsKey);
        else {
          let stringKey2 = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey2, ctx);
          stringKey2 in map2 ? Object.defineProperty(map2, stringKey2, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map2[stringKey2] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema2)), identity.isNode(value) && (value = value.clone(schema2)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item2 = items[i], comment2 = null;
        if (identity.isNode(item2))
          !chompKeep && item2.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item2.commentBefore, chompKeep), item2.comment && (comment2 = item2.comment);
        else if (identity.isPair(item2)) {
          let ik = identity.isNode(item2.key) ? item2.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str3 = stringify.stringify(item2, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0)
        str2 = flowChars.start + flowChars.end;
      else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str2 += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str2 += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item2 = items[i], comment = null;
        if (identity.isNode(item2))
          item2.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item2.commentBefore, !1), item2.comment && (comment = item2.comment);
        else if (identity.isPair(item2)) {
          let ik = identity.isNode(item2.key) ? item2.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item2.value) ? item2.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item2.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str2 = stringify.stringify(item2, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes(`
`)), i < items.length - 1 ? str2 += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth)), reqNewline && (str2 += ",")), comment && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment))), lines.push(str2), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str2 = start;
        for (let line of lines)
          str2 += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str2}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map2 = new this(schema2), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema2.sortMapEntries == "function" && map2.items.sort(schema2.sortMapEntries), map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item2) => sortEntries(_pair, item2) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node2 = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        let map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map2);
        for (let item2 of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item2);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item2 of this.items)
          if (!identity.isPair(item2))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item2)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map2 = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        return identity.isMap(map3) || onError("Expected a mapping for this tag"), map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq2 = [];
        ctx?.onCreate && ctx.onCreate(seq2);
        let i = 0;
        for (let item2 of this.items)
          seq2.push(toJS.toJS(item2, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema2, obj, ctx) {
        let { replacer } = ctx, seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq2 = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        return identity.isSeq(seq3) || onError("Expected a sequence for this tag"), seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string3 = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item2, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item2, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source: source2 }, ctx) => typeof source2 == "string" && nullTag.test.test(source2) ? source2 : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source: source2, value }, ctx) {
        if (source2 && boolTag.test.test(source2)) {
          let sv = source2[0] === "t" || source2[0] === "T";
          if (value === sv)
            return source2;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node2) {
        let num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    }, float2 = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        let node2 = new Scalar.Scalar(parseFloat(str2)), dot = str2.indexOf(".");
        return dot !== -1 && str2[str2.length - 1] === "0" && (node2.minFractionDigits = str2.length - dot - 1), node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      let { value } = node2;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    }, int3 = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int3;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map(), _null4 = require_null(), seq2 = require_seq(), string3 = require_string(), bool2 = require_bool(), float2 = require_float(), int3 = require_int(), schema2 = [
      map2.map,
      seq2.seq,
      string3.string,
      _null4.nullTag,
      bool2.boolTag,
      int3.intOct,
      int3.int,
      int3.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map2 = require_map(), seq2 = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str2)}`), str2;
      }
    }, schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str2 = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str2;
        if (typeof node_buffer.Buffer == "function")
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL), type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str2.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str2.substr(o, lineWidth);
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2))
        for (let i = 0; i < seq2.items.length; ++i) {
          let item2 = seq2.items[i];
          if (!identity.isPair(item2)) {
            if (identity.isMap(item2)) {
              item2.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item2.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item2.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item2.commentBefore}
${pair.key.commentBefore}` : item2.commentBefore), item2.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item2.comment}
${cn.comment}` : item2.comment;
              }
              item2 = pair;
            }
            seq2.items[i] = identity.isPair(item2) ? item2 : new Pair.Pair(item2);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      let { replacer } = ctx, pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs2 = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map2 = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map2);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        let pairs$1 = pairs2.createPairs(schema2, iterable, ctx), omap3 = new this();
        return omap3.items = pairs$1.items, omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        let pairs$1 = pairs2.resolvePairs(seq2, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source: source2 }, ctx) {
      return source2 && (value ? trueTag : falseTag).test.test(source2) ? source2 : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node2) {
        let num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    }, float2 = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        let node2 = new Scalar.Scalar(parseFloat(str2.replace(/_/g, ""))), dot = str2.indexOf(".");
        if (dot !== -1) {
          let f = str2.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node2.minFractionDigits = f.length);
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      let sign = str2[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str2 = str2.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        let n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      let { value } = node2;
      if (intIdentify(value)) {
        let str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    }, int3 = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int3;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        let { replacer } = ctx, set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set3.items.push(Pair.createPair(value, null, ctx));
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map2);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      let sign = str2[0], parts = sign === "-" || sign === "+" ? str2.substring(1) : str2, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, !1),
      stringify: stringifySexagesimal
    }, timestamp2 = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        let match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date3 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date3 -= 6e4 * d;
        }
        return new Date(date3);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map(), _null4 = require_null(), seq2 = require_seq(), string3 = require_string(), binary2 = require_binary(), bool2 = require_bool2(), float2 = require_float2(), int3 = require_int2(), merge3 = require_merge(), omap2 = require_omap(), pairs2 = require_pairs(), set2 = require_set(), timestamp2 = require_timestamp(), schema2 = [
      map2.map,
      seq2.seq,
      string3.string,
      _null4.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int3.intBin,
      int3.intOct,
      int3.int,
      int3.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge3.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map(), _null4 = require_null(), seq2 = require_seq(), string3 = require_string(), bool2 = require_bool(), float2 = require_float(), int3 = require_int(), schema2 = require_schema(), schema$1 = require_schema2(), binary2 = require_binary(), merge3 = require_merge(), omap2 = require_omap(), pairs2 = require_pairs(), schema$2 = require_schema3(), set2 = require_set(), timestamp2 = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int3.int,
      intHex: int3.intHex,
      intOct: int3.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge3.merge,
      null: _null4.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge3.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge3.merge) ? schemaTags.concat(merge3.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge3.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map2 = require_map(), seq2 = require_seq(), string3 = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema2 == "string" && schema2 || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge3), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map2.map }), Object.defineProperty(this, identity.SCALAR, { value: string3.string }), Object.defineProperty(this, identity.SEQ, { value: seq2.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema2 = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version2 = this.directives.yaml.version)) : this.directives = new directives.Directives({ version: version2 }), this.setSchema(version2, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        assertCollection(this.contents) && this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          let prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node2 = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node2) && (node2.flow = !0), setAnchors(), node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        return Collection.isEmptyPath(path) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        return Collection.isEmptyPath(path) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        return Collection.isEmptyPath(path) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        Collection.isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        typeof version2 == "number" && (version2 = String(version2));
        let opt;
        switch (version2) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version2 : this.directives = new directives.Directives({ version: version2 }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1, end = error2.linePos[1];
        end?.line === line && end.col > col && (count2 = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count2);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor2 = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor2 || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor2 && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor2 = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor2 || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map2 = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map2.comment ? map2.comment += `
` + keyProps.comment : map2.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map2.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map2.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map2.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map2.range = [bm.offset, offset, commentEnd ?? offset], map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq2 = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq2.comment = props.comment);
            continue;
          }
        let node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node2.range[2], seq2.items.push(node2);
      }
      return seq2.range = [bs.offset, offset, commentEnd ?? offset], seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source: source2, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source2.substring(1) || " ";
              comment ? comment += sep + cb : comment = cb, sep = "";
              break;
            }
            case "newline":
              comment && (sep += source2), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source2.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap2 = fc.start.source === "{", fcName = isMap2 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap2 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap2) {
            let map2 = coll;
            utilMapIncludes.mapIncludes(ctx, map2.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map2.items.push(pair);
          } else {
            let map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = !0, map2.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap2 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor: anchor2, newlineAfterProp: nl } = props, lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node2.range = coll.range, node2.tag = tagName, tag?.format && (node2.format = tag.format), node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type2 === Scalar.Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source: source2 } = props[0], mode = source2[0], indent = 0, chomp = "", error2 = -1;
      for (let i = 1; i < source2.length; ++i) {
        let ch = source2[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error2 === -1 && (error2 = offset + i);
        }
      }
      error2 !== -1 && onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source2}`);
      let hasSpace = !1, comment = "", length = source2.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source2) {
      let split = source2.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type: type2, source: source2, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source2, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source2, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source2, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source2.length, offset + source2.length]
          };
      }
      let valueEnd = offset + source2.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source2, onError) {
      let badChar = "";
      switch (source2[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source2[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source2[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source2);
    }
    function singleQuotedValue(source2, onError) {
      return (source2[source2.length - 1] !== "'" || source2.length === 1) && onError(source2.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source2.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source2) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source2);
      if (!match)
        return source2;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
      for (; match = line.exec(source2); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source2), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source2, onError) {
      let res = "";
      for (let i = 1; i < source2.length - 1; ++i) {
        let ch = source2[i];
        if (!(ch === "\r" && source2[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source2, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source2[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source2[i + 1]; next === " " || next === "	"; )
                next = source2[++i + 1];
            else if (next === "\r" && source2[i + 1] === `
`)
              for (next = source2[++i + 1]; next === " " || next === "	"; )
                next = source2[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source2, i + 1, length, onError), i += length;
            } else {
              let raw = source2.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source2[i + 1];
            for (; next === " " || next === "	"; )
              next = source2[++i + 1];
            next !== `
` && !(next === "\r" && source2[i + 2] === `
`) && (res += i > wsStart ? source2.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source2[source2.length - 1] !== '"' || source2.length === 1) && onError(source2.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source2, offset) {
      let fold = "", ch = source2[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source2[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source2[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source2, offset, length, onError) {
      let cc = source2.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source2.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        let msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type2 && (scalar.type = type2), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema2.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema2.knownTags[tagName];
      return kt && !kt.collection ? (schema2.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema2[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      let tag = schema2.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        let compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor: anchor2, tag } = props, node2, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError), (anchor2 || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError), anchor2 && (node2.anchor = anchor2.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor2 && (node2.anchor = anchor2.source.substring(1));
          } catch (error2) {
            let message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor2 && node2.anchor === "" && onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value != "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node2.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node2.comment = comment : node2.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node2.srcToken = token), node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor2 && (node2.anchor = anchor2.source.substring(1), node2.anchor === "" && onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node2.spaceBefore = !0), comment && (node2.comment = comment, node2.range[2] = end), node2;
    }
    function composeAlias({ options }, { offset, source: source2, end }, onError) {
      let alias = new Alias.Alias(source2.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source2.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source2.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source: source2 } = src;
      return [offset, offset + (typeof source2 == "string" ? source2.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source2 = prelude[i];
        switch (source2[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source2.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source2, code, message, warning) => {
          let pos = getErrorPos(source2);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error2) : this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type: type2 = "PLAIN" } = context, source2 = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source2[0]) {
        case "|":
        case ">": {
          let he = source2.indexOf(`
`), head = source2.substring(0, he), body = source2.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source: source2, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source: source2, end };
        default:
          return { type: "scalar", offset, indent, source: source2, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type: type2 } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      let source2 = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source2[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source2);
          break;
        case '"':
          setFlowScalarValue(token, source2, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source2, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source2, "scalar");
      }
    }
    function setBlockScalarValue(token, source2) {
      let he = source2.indexOf(`
`), head = source2.substring(0, he), body = source2.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source2, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2, token.source = source2;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source2.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type: type2, source: source2, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source2.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type: type2, source: source2, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type: type2, indent, source: source2, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item2 of token.items)
            res += stringifyItem(item2);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item2 of token.items)
            res += stringifyItem(item2);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item2 = cst;
      for (let [field, index] of path) {
        let tok = item2?.[field];
        if (tok && "items" in tok)
          item2 = tok.items[index];
        else
          return;
      }
      return item2;
    };
    visit2.parentCollection = (cst, path) => {
      let parent = visit2.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item2, visitor) {
      let ctrl = visitor(item2, path);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item2[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item2, path));
        }
      }
      return typeof ctrl == "function" ? ctrl(item2, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source2) {
      switch (source2) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source2[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer2 = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source2, incomplete = !1) {
        if (source2) {
          if (typeof source2 != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source2 : source2, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source2) {
      if (source2.length < 1e5)
        Array.prototype.push.apply(target, source2);
      else
        for (let i = 0; i < source2.length; ++i)
          target.push(source2[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source2, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source2, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source2) {
        if (this.source = source2, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source2)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source2.length;
          return;
        }
        let type2 = cst.tokenType(source2);
        if (type2)
          if (type2 === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type2, yield* this.step(), type2) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source2.length);
                break;
              case "space":
                this.atNewLine && source2[0] === " " && (this.indent += source2.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source2.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source2.length;
          }
        else {
          let message = `Not a YAML token: ${source2}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source: source2 }), this.offset += source2.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        let token = error2 ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map2) {
        let it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map2.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map2.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                let end = map2.items[map2.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map2.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map2.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map2.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map2.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map2.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map2.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map2.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq2) {
        let it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                let end = seq2.items[seq2.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq2.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          let bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map2;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source2, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source2)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source2, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument(source2, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source2), !0, source2.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source2, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source2, lineCounter2))), doc;
    }
    function parse2(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema2 = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/util/lowerFirst.ts
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
var init_lowerFirst = __esm({
  "src/util/lowerFirst.ts"() {
    "use strict";
  }
});

// src/load/syntax.ts
function scanLines(text) {
  let starts = [0];
  for (let nl = text.indexOf(`
`); nl !== -1; nl = text.indexOf(`
`, nl + 1)) starts.push(nl + 1);
  let indent = starts.map((start, i) => {
    let line = text.slice(start, i + 1 < starts.length ? starts[i + 1] - 1 : text.length), lead = /^[ \t]*/.exec(line)[0], rest = line.slice(lead.length).trimEnd();
    return rest === "" || rest.startsWith("#") || lead.includes("	") ? -1 : lead.length;
  }), above = [], last = -1;
  for (let i = 0; i < indent.length; i++)
    above.push(last), indent[i] >= 0 && (last = i);
  let blockEnd = indent.map(() => indent.length), waiting = [];
  return indent.forEach((n, i) => {
    if (!(n < 0)) {
      for (; waiting.length > 0 && indent[waiting.at(-1)] > n; ) blockEnd[waiting.pop()] = i;
      waiting.push(i);
    }
  }), { starts, indent, above, blockEnd };
}
function keyOf(text, lines, line) {
  let start = lines.starts[line], end = line + 1 < lines.starts.length ? lines.starts[line + 1] : text.length;
  return /^[ \t]*(?:- +)?([^\s:#"'][^:#]*?) *:(?:\s|$)/.exec(text.slice(start, end))?.[1];
}
function plainSyntaxErrors(text, errors) {
  let problems = [], rest = [], lines, lineAt = (offset) => {
    lines ??= scanLines(text);
    let lo = 0, hi = lines.starts.length;
    for (; hi - lo > 1; ) {
      let mid = lo + hi >> 1;
      lines.starts[mid] <= offset ? lo = mid : hi = mid;
    }
    return lo;
  }, quietUntil = -1, quietBlock = (line) => {
    let l = lines, top = l.above[line], own2 = l.indent[line], block = own2 >= 0 && (top < 0 || own2 <= l.indent[top]) ? line : top, end = block < 0 ? l.starts.length : l.blockEnd[block];
    quietUntil = Math.max(quietUntil, end < l.starts.length ? l.starts[end] : text.length);
  }, error2 = (at2, message) => problems.push({ at: at2, message }), sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  for (let i = 0; i < sorted.length; i++) {
    let e = sorted[i], [start] = e.pos;
    if (!(echoes.has(e.code) && start < quietUntil)) {
      if (e.code === "TAB_AS_INDENT") {
        let line = lineAt(start);
        error2(start, "tabs are not allowed as indentation: indent with spaces"), quietBlock(line);
        continue;
      }
      if (e.code === "BAD_INDENT" && /^All (mapping|sequence) items must start at the same column/.test(e.message)) {
        let line = lineAt(start), l = lines, own2 = l.indent[line], top = l.above[line];
        if (own2 >= 0 && top >= 0 && own2 !== l.indent[top]) {
          let at2 = l.starts[line] + own2;
          if (own2 > l.indent[top])
            error2(
              at2,
              `this line is indented more than the key above it (${named(keyOf(text, l, top), top)}); keys of one mapping start at the same column`
            );
          else {
            let sibling = siblingAbove(l, line);
            error2(
              at2,
              `this line is indented less than the key above it (${named(keyOf(text, l, sibling), sibling)}); keys of one mapping start at the same column`
            );
          }
          quietBlock(line);
          continue;
        }
      }
      if (e.code === "BLOCK_AS_IMPLICIT_KEY" && /^Nested mappings/.test(e.message)) {
        let end = start;
        for (; sorted[i + 1]?.code === "MULTILINE_IMPLICIT_KEY" && sorted[i + 1].pos[0] === start; )
          end = Math.max(end, sorted[++i].pos[1]);
        let first = lineAt(start), colonLine = lineAt(end), l = lines, lead = text.slice(l.starts[colonLine], end), own2 = /^ */.exec(lead)[0].length;
        colonLine > first && /^ *[A-Za-z_][\w-]*$/.test(lead) && own2 > Math.max(0, l.indent[first]) ? (error2(
          l.starts[colonLine] + own2,
          `this line is indented more than the key above it (${named(keyOf(text, l, first), first)}); indent it as that key, or quote the text above if this line goes on with it`
        ), quietBlock(colonLine)) : error2(start, 'quote this text: a colon followed by a space (": ") inside it would start a key');
        continue;
      }
      /must .*end with a [\]}]$/.test(e.message) && quietBlock(lineAt(start)), rest.push(e);
    }
  }
  return { problems, rest };
}
function siblingAbove(lines, line) {
  let own2 = lines.indent[line], best = lines.above[line];
  for (let i = best; i >= 0 && lines.indent[i] > own2; i = lines.above[i])
    lines.indent[i] < lines.indent[best] && (best = i);
  return best;
}
var named, echoes, init_syntax = __esm({
  "src/load/syntax.ts"() {
    "use strict";
    named = (key, line) => key ? `"${key}" on line ${line + 1}` : `line ${line + 1}`, echoes = /* @__PURE__ */ new Set(["BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "BAD_INDENT"]);
  }
});

// src/load/yaml.ts
function summariseCst(tokens) {
  let max = 0, at2 = 0, quoteStartByEnd = /* @__PURE__ */ new Map(), unclosed = { "]": [], "}": [] }, tags = [], props = (list) => {
    for (let p of list ?? []) p.type === "tag" && tags.push(p);
  }, stack = tokens.map((t2) => [t2, 0]);
  for (; stack.length > 0; ) {
    let [t2, d] = stack.pop();
    if (t2 !== void 0) {
      if (d > max && (max = d, at2 = t2.offset), (t2.type === "single-quoted-scalar" || t2.type === "double-quoted-scalar") && quoteStartByEnd.set(t2.offset + t2.source.length, t2.offset), t2.type === "flow-collection") {
        let close = t2.start.source === "[" ? "]" : "}";
        t2.end[0]?.source !== close && unclosed[close].push(t2.start.offset);
      }
      if (t2.type === "document")
        props(t2.start), stack.push([t2.value, d]);
      else if (t2.type === "block-scalar") props(t2.props);
      else if (t2.type === "block-map" || t2.type === "block-seq" || t2.type === "flow-collection")
        for (let it of t2.items)
          props(it.start), "sep" in it && props(it.sep), "key" in it && stack.push([it.key ?? void 0, d + 1]), stack.push([it.value, d + 1]);
    }
  }
  let byOffset = (a, b) => a - b;
  return unclosed["]"].sort(byOffset), unclosed["}"].sort(byOffset), tags.sort((a, b) => a.offset - b.offset), { depth: max, offset: at2, quoteStartByEnd, unclosed, tags };
}
function lastBelow(sorted, limit, key) {
  let lo = 0, hi = sorted.length;
  for (; lo < hi; ) {
    let mid = lo + hi >> 1;
    key(sorted[mid]) < limit ? lo = mid + 1 : hi = mid;
  }
  return lo - 1;
}
function openCollections(parser) {
  let n = 0;
  for (let t2 of parser.stack)
    (t2.type === "block-map" || t2.type === "block-seq" || t2.type === "flow-collection") && n++;
  return n;
}
function reanchor(code, message, at2, cst) {
  if (code === "MISSING_CHAR" && /^Missing closing ["']quote/.test(message))
    return cst.quoteStartByEnd.get(at2);
  let bracket = /^Flow (?:sequence|map)\b.*must .*end with a ([\]}])$/.exec(message)?.[1];
  if (bracket === "]" || bracket === "}") {
    let starts = cst.unclosed[bracket];
    return starts[lastBelow(starts, at2 + 1, (n) => n)];
  }
}
function parseLocated(text) {
  let lineCounter = new import_yaml.LineCounter(), problems = [], fail = (code, message, at2) => ({
    text,
    lineCounter,
    problems: [{ code, severity: "error", message, range: [at2, at2 + 1] }]
  });
  lineCounter.addNewLine(0);
  for (let nl = text.indexOf(`
`); nl !== -1; nl = text.indexOf(`
`, nl + 1))
    lineCounter.addNewLine(nl + 1);
  let parser = new import_yaml.Parser(), tokens = [], count2 = 0;
  for (let lexeme of new import_yaml.Lexer().lex(text, !1)) {
    let offset = parser.offset;
    if (++count2 > limits.maxTokens)
      return fail("too-complex", `document has more than ${limits.maxTokens} YAML tokens`, offset);
    for (let token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > limits.maxDepth && openCollections(parser) > limits.maxDepth)
      return fail("too-complex", `document is nested more than ${limits.maxDepth} levels deep`, offset);
  }
  for (let token of parser.end()) tokens.push(token);
  let cst = summariseCst(tokens), { depth, offset: deepAt } = cst;
  if (depth > limits.maxDepth)
    return fail("too-complex", `document is nested more than ${limits.maxDepth} levels deep`, deepAt);
  let docs = [...new import_yaml.Composer({
    schema: "core",
    merge: !1,
    // Duplicate keys are found in checkNodes instead: the library compares each key with
    // every earlier one (quadratic; seconds for a 1 MiB file of distinct keys).
    uniqueKeys: !1,
    strict: !0,
    prettyErrors: !1,
    keepSourceTokens: !1
  }).compose(tokens, !0, text.length)], doc = docs[0];
  if (docs.length > 1) {
    let at2 = docs[1].range[0];
    problems.push({
      code: "multiple-documents",
      severity: "error",
      message: "file holds more than one YAML document; put each plan in its own file",
      range: [at2, at2 + 1]
    });
  }
  if (!doc) return { text, lineCounter, problems };
  let errors = doc.errors.filter((e) => e.code !== "MULTIPLE_DOCS"), exhausted = errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (exhausted) return fail("too-complex", "document is too complex to parse", exhausted.pos[0]);
  let plain2 = plainSyntaxErrors(text, errors);
  for (let p of plain2.problems)
    problems.push({ code: "yaml-syntax", severity: "error", message: p.message, range: [p.at, p.at + 1] });
  for (let e of plain2.rest) {
    let [start, end] = e.pos, opened = reanchor(e.code, e.message, start, cst), at2 = opened ?? start;
    if (e.code === "BAD_INDENT" && opened === void 0) for (; text[at2] === " "; ) at2++;
    problems.push({
      code: "yaml-syntax",
      severity: "error",
      message: `${libraryMessage(e.message)}${opened === void 0 ? "" : "; it was opened here"} (${e.code})`,
      range: at2 === start ? [start, Math.max(end, start + 1)] : [at2, at2 + 1]
    });
  }
  for (let w of doc.warnings)
    w.code !== "TAG_RESOLVE_FAILED" && problems.push({
      code: "yaml-syntax",
      severity: "warning",
      message: `${libraryMessage(w.message)} (${w.code})`,
      range: [w.pos[0], Math.max(w.pos[1], w.pos[0] + 1)]
    });
  return checkNodes(doc, text, cst.tags, problems) ? { text, lineCounter, problems } : { text, lineCounter, doc, problems };
}
function libraryMessage(message) {
  let line = lowerFirst(message.split(`
`)[0]).replace(longWord, (word) => excerpt(word));
  return line.length > maxLibraryMessage ? `${line.slice(0, maxLibraryMessage - 1)}\u2026` : line;
}
function rangeOf(node2) {
  let r = node2?.range;
  return r ? [r[0], Math.max(r[1], r[0] + 1)] : void 0;
}
function checkNodes(doc, text, tags, problems) {
  let unsafe3 = !1, tagBefore = (offset) => {
    let tag = tags[lastBelow(tags, offset, (t2) => t2.offset)];
    return tag ? [tag.offset, tag.offset + tag.source.length] : void 0;
  }, add = (code, message, range) => {
    problems.push({ code, severity: "error", message, range: range ?? [0, 1] }), code !== "duplicate-key" && (unsafe3 = !0);
  }, duplicates = (map2) => {
    let seen = /* @__PURE__ */ new Set();
    for (let pair of map2.items) {
      let key = pair.key;
      if (!(0, import_yaml.isScalar)(key)) continue;
      if (!seen.has(key.value)) {
        seen.add(key.value);
        continue;
      }
      let range = rangeOf(key), shown = range ? text.slice(range[0], range[1]) : String(key.value);
      add("duplicate-key", `duplicate key "${excerpt(shown)}"`, range);
    }
  };
  return (0, import_yaml.visit)(doc, {
    Alias(_, node2) {
      return add(
        "alias",
        `alias *${excerpt(node2.source)} is not allowed in plan files; write the value out`,
        rangeOf(node2)
      ), import_yaml.visit.SKIP;
    },
    Node(_, node2) {
      if (!(0, import_yaml.isAlias)(node2)) {
        if (node2.anchor) {
          let start = node2.range ? text.lastIndexOf(`&${node2.anchor}`, node2.range[0]) : -1, range = start >= 0 ? [start, start + node2.anchor.length + 1] : rangeOf(node2);
          add("alias", `anchor &${excerpt(node2.anchor)} is not allowed in plan files`, range);
        }
        node2.tag && !allowedTags.has(node2.tag) && add(
          "tag",
          `tag ${excerpt(node2.tag.replace("tag:yaml.org,2002:", "!!"))} is not allowed in plan files`,
          // The node's range starts after its properties; point at the tag itself.
          (node2.range ? tagBefore(node2.range[0]) : void 0) ?? rangeOf(node2)
        ), (0, import_yaml.isMap)(node2) && duplicates(node2);
      }
    },
    Pair(_, pair) {
      let key = pair.key;
      if ((0, import_yaml.isScalar)(key) && typeof key.value == "string") {
        key.value === "<<" && !key.tag && add("alias", "merge keys (<<) are not allowed in plan files", rangeOf(key));
        return;
      }
      let r = rangeOf(key) ?? rangeOf(pair.value), shown = key?.range ? excerpt(text.slice(key.range[0], key.range[1])) : "";
      return add("key-type", `mapping key ${shown ? `"${shown}" ` : ""}must be a plain string`, r), import_yaml.visit.SKIP;
    }
  }), unsafe3;
}
function pairByKey(map2, key) {
  let index = pairIndexes.get(map2);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (let it of map2.items) {
      if (!(0, import_yaml.isScalar)(it.key)) continue;
      let k = String(it.key.value);
      index.has(k) || index.set(k, it);
    }
    pairIndexes.set(map2, index);
  }
  return index.get(key);
}
function nodeAt(doc, path) {
  let node2 = doc.contents, pair, found = 0;
  for (let seg of path) {
    if ((0, import_yaml.isMap)(node2)) {
      let p = pairByKey(node2, String(seg));
      if (!p) break;
      pair = p, node2 = p.value;
    } else if ((0, import_yaml.isSeq)(node2) && typeof seg == "number") {
      let item2 = node2.items[seg];
      if (item2 === void 0) break;
      pair = void 0, node2 = item2;
    } else break;
    found++;
  }
  return pair === void 0 ? { node: node2, found } : { node: node2, pair, found };
}
function rangeAt(doc, path, target) {
  let want = target === "owner" ? path.slice(0, -1) : path;
  if (target === "owner" && want.length === 0) return [0, 1];
  let { node: node2, pair, found } = nodeAt(doc, want);
  return found < want.length ? rangeOf(pair?.key) ?? rangeOf(node2) ?? [0, 1] : target === "key" || target === "owner" ? rangeOf(pair?.key) ?? rangeOf(node2) ?? [0, 1] : rangeOf(node2) ?? rangeOf(pair?.key) ?? [0, 1];
}
var import_yaml, allowedTags, longWord, maxLibraryMessage, pairIndexes, init_yaml = __esm({
  "src/load/yaml.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_lowerFirst();
    init_limits();
    init_syntax();
    init_text();
    allowedTags = new Set(
      ["str", "int", "float", "bool", "null", "map", "seq"].map((t2) => `tag:yaml.org,2002:${t2}`)
    );
    longWord = new RegExp(`\\S{${limits.maxExcerpt + 1},}`, "g"), maxLibraryMessage = 160;
    pairIndexes = /* @__PURE__ */ new WeakMap();
  }
});

// src/load/issues.ts
function getIn(data, path) {
  let cur = data;
  for (let seg of path) {
    if (cur === null || typeof cur != "object" || !Object.hasOwn(cur, seg))
      return { exists: !1, value: void 0 };
    cur = cur[seg];
  }
  return { exists: !0, value: cur };
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data";
  switch (typeof value) {
    case "string":
      return `the string "${excerpt(value)}"`;
    case "number":
    case "boolean":
      return `${typeof value} ${String(value)}`;
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}
function dotted(path) {
  return path.length === 0 ? "the plan" : path.map(String).join(".");
}
function issueToProblems(issue2, data, doc, locate = (p) => p) {
  let path = issue2.path, at2 = (target, p = path) => rangeAt(doc, locate(p), target), one = (code, message, range, p = path) => [
    { code, severity: "error", message, range, path: p.map((s) => typeof s == "number" ? s : String(s)) }
  ], { exists, value } = getIn(data, path);
  if ((issue2.code === "invalid_type" || issue2.code === "invalid_value" || issue2.code === "invalid_union") && !exists && path.length > 0) {
    let field = String(path[path.length - 1]), owner = path.length > 1 ? dotted(path.slice(0, -1)) : "the plan";
    return one("required", `missing required field "${field}" in ${owner}`, at2("owner"));
  }
  switch (issue2.code) {
    case "unrecognized_keys": {
      let candidates = keysAt(path);
      return issue2.keys.flatMap((key) => {
        let p = [...path, key], where = path.length === 0 ? "at the top level" : `in ${dotted(path)}`, moved = format1Keys[key], hint = moved ? ` \u2014 "${key}" is format 1; format 2 has "${moved}" (see docs/plan-format.md)` : didYouMean(key, candidates);
        return one("unknown-key", `unknown key "${excerpt(key)}" ${where}${hint}`, at2("key", p), p);
      });
    }
    case "invalid_type": {
      let expected = expectedWords[issue2.expected] ?? issue2.expected, hint = "";
      return issue2.expected === "boolean" && typeof value == "string" && yaml11Booleans.has(value) ? hint = " (YAML 1.2 reads it as text; write true or false)" : issue2.expected === "string" && typeof value == "number" ? hint = " (quote it to make it text)" : value === null && (issue2.expected === "object" || issue2.expected === "record") && (hint = " (the key has no content: fill it in or remove it)"), one(
        "type",
        `${dotted(path)}: expected ${expected}, got ${describeValue(value)}${hint}`,
        at2("value")
      );
    }
    case "invalid_value": {
      let noun = vocabularyOfValues(issue2.values)?.noun ?? "value";
      if (typeof value != "string")
        return one("type", `${dotted(path)}: expected a ${noun}, got ${describeValue(value)}`, at2("value"));
      let options = issue2.values.map(String), hint = didYouMean(value, options), list = hint ? "" : ` (one of: ${options.join(", ")})`;
      return one("enum", `unknown ${noun} "${excerpt(value)}"${hint}${list}`, at2("value"));
    }
    case "invalid_union": {
      let words = issue2.errors.flat().flatMap((e) => e.code === "invalid_value" ? e.values.map(String) : []), suggestion = typeof value == "string" ? didYouMean(value, words) : "";
      return one(
        suggestion ? "enum" : "type",
        `${dotted(path)}: ${issue2.message}, got ${describeValue(value)}${suggestion}`,
        at2("value")
      );
    }
    case "invalid_format": {
      let shown = typeof value == "string" ? `"${excerpt(value)}"` : describeValue(value), pattern = "pattern" in issue2 && issue2.pattern ? String(issue2.pattern) : "", what;
      return issue2.format === "date" ? what = "is not a real calendar date (YYYY-MM-DD)" : pattern.includes(durationPattern.slice(1, 20)) ? what = 'is not a duration; write e.g. "30 days", "4 weeks", "18 months", "1 year"' : pattern.includes("[a-z0-9]+(-[a-z0-9]+)*") ? what = "must be lowercase letters, digits and single hyphens" : pattern.includes("^[^\\n\\r]*$") ? what = "must be a single line" : pattern.includes("https?:") ? what = "must be an http(s) URL without spaces" : pattern.includes("[A-Z0-9][A-Za-z0-9") ? what = "must be a name starting with a capital letter or digit" : pattern.includes("[0-9]{1,3}(\\/") ? what = 'must be a split such as "50/50"' : pattern.includes("(m|bn|tn)") ? what = 'is not an amount; write e.g. "100 bn USD", "210 bn EUR", "500 m GBP"' : what = `does not match the expected format ${pattern}`, one("format", `${dotted(path)}: ${shown} ${what}`, at2("value"));
    }
    case "too_small": {
      let subject = issue2.origin === "array" ? "list" : issue2.origin === "string" ? "text" : "value", msg = issue2.origin === "array" && Number(issue2.minimum) === 1 ? `${dotted(path)}: must not be an empty list` : issue2.origin === "string" && Number(issue2.minimum) === 1 ? `${dotted(path)}: must not be empty` : `${dotted(path)}: ${subject} is below the minimum of ${String(issue2.minimum)}`;
      return one("too-small", msg, at2("value"));
    }
    case "too_big": {
      let unit = issue2.origin === "string" ? " characters" : issue2.origin === "array" ? " entries" : "";
      return one(
        "too-big",
        `${dotted(path)}: exceeds the maximum of ${String(issue2.maximum)}${unit}`,
        at2("value")
      );
    }
    case "invalid_key": {
      let key = String(path[path.length - 1] ?? "");
      return one(
        "format",
        `key "${excerpt(key)}" in ${dotted(path.slice(0, -1))} must be lowercase letters, digits and single hyphens`,
        at2("key")
      );
    }
    case "custom": {
      let params = issue2.params ?? {};
      return one(params.code ?? "type", issue2.message, at2(params.target ?? "value"));
    }
    default:
      return one("type", `${dotted(path)}: ${issue2.message}`, at2("value"));
  }
}
var expectedWords, yaml11Booleans, format1Keys, init_issues = __esm({
  "src/load/issues.ts"() {
    "use strict";
    init_duration();
    init_introspect();
    init_suggest();
    init_text();
    init_yaml();
    expectedWords = {
      string: "text",
      number: "a number",
      int: "a whole number",
      boolean: "true or false",
      array: "a list",
      object: "a mapping",
      record: "a mapping"
    };
    yaml11Booleans = /* @__PURE__ */ new Set([
      "yes",
      "no",
      "on",
      "off",
      "y",
      "n",
      "Yes",
      "No",
      "On",
      "Off",
      "YES",
      "NO",
      "ON",
      "OFF"
    ]), format1Keys = {
      army_cap: "force_limits",
      army_cap_scope: "force_limits",
      frozen_assets_usd_bn: "frozen_assets_amount"
    };
  }
});

// src/load/migrate.ts
function formatOf(raw) {
  return isObj(raw) && Object.hasOwn(raw, "format") ? raw.format : 1;
}
function migrateRaw(raw) {
  let { format: _format, ...rest } = raw, out = { format: planFormat, ...rest }, clauses = raw.clauses;
  if (!isObj(clauses)) return out;
  let next = { ...clauses }, sp = clauses.security_package;
  if (isObj(sp) && (Object.hasOwn(sp, "army_cap") || Object.hasOwn(sp, "army_cap_scope"))) {
    let { army_cap, army_cap_scope, ...rest2 } = sp, limit = { party: "Ukraine" };
    army_cap !== void 0 && (limit.troops = army_cap), army_cap_scope !== void 0 && (limit.applies = army_cap_scope), next.security_package = renameDisputed({ ...rest2, force_limits: [limit] });
  }
  let sanctions = clauses.sanctions;
  if (isObj(sanctions) && Object.hasOwn(sanctions, "frozen_assets_usd_bn")) {
    let entries = Object.entries(sanctions).map(
      ([k, v]) => k === "frozen_assets_usd_bn" ? ["frozen_assets_amount", typeof v == "number" ? `${v} bn USD` : v] : [k, v]
    );
    next.sanctions = renameDisputed(Object.fromEntries(entries));
  }
  return out.clauses = next, out;
}
function renameDisputed(clause) {
  let list = clause.disputed;
  return Array.isArray(list) ? {
    ...clause,
    disputed: list.map(
      (d) => isObj(d) && typeof d.field == "string" && disputedField[d.field] ? { ...d, field: disputedField[d.field] } : d
    )
  } : clause;
}
function format1Path(path) {
  if (path[0] !== "clauses" || typeof path[1] != "string") return [...path];
  for (let m of movedFields) {
    if (path[1] !== m.family) continue;
    let rest = path.slice(2);
    if (m.to.every((seg, i) => rest[i] === seg))
      return ["clauses", m.family, m.from, ...rest.slice(m.to.length)];
    if (m.to[0] === "force_limits" && rest[0] === "force_limits") return ["clauses", m.family, "army_cap"];
  }
  return [...path];
}
var movedFields, disputedField, isObj, init_migrate = __esm({
  "src/load/migrate.ts"() {
    "use strict";
    init_families();
    movedFields = [
      { family: "security_package", from: "army_cap", to: ["force_limits", 0, "troops"] },
      { family: "security_package", from: "army_cap_scope", to: ["force_limits", 0, "applies"] },
      { family: "sanctions", from: "frozen_assets_usd_bn", to: ["frozen_assets_amount"] }
    ], disputedField = {
      army_cap: "force_limits.troops",
      army_cap_scope: "force_limits.applies",
      frozen_assets_usd_bn: "frozen_assets_amount"
    }, isObj = (v) => v !== null && typeof v == "object" && !Array.isArray(v);
  }
});

// src/load/result.ts
function detach(s) {
  return JSON.parse(JSON.stringify(s));
}
function metaOf(raw) {
  if (raw === null || typeof raw != "object" || Array.isArray(raw)) return {};
  let r = raw, strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x == "string").map(detach) : void 0, reaffirms = Array.isArray(r.reaffirms) ? strings(
    r.reaffirms.map(
      (x) => x !== null && typeof x == "object" ? x.plan : x
    )
  ) : void 0, proposedBy = strings(r.proposed_by);
  return {
    ...typeof r.id == "string" ? { id: detach(r.id) } : {},
    ...typeof r.revises == "string" ? { revises: detach(r.revises) } : {},
    ...typeof r.date == "string" ? { date: detach(r.date) } : {},
    ...reaffirms?.length ? { reaffirms } : {},
    ...proposedBy?.length ? { proposed_by: proposedBy } : {}
  };
}
var init_result = __esm({
  "src/load/result.ts"() {
    "use strict";
  }
});

// src/load/loadPlan.ts
function positionIn(text, offset) {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf(`
`); i !== -1 && i < offset; i = text.indexOf(`
`, i + 1))
    line++, lineStart = i + 1;
  return { line, col: offset - lineStart + 1 };
}
function loadPlanBytes(bytes, file, options = {}) {
  let decoded = decodePlanBytes(bytes);
  if (!decoded.ok) {
    let { line, col } = positionIn(decoded.text, decoded.problem.offset);
    return {
      file,
      meta: {},
      diagnostics: [
        {
          file,
          line,
          col,
          endLine: line,
          endCol: col + 1,
          severity: "error",
          code: decoded.problem.code,
          message: decoded.problem.message
        }
      ]
    };
  }
  return loadPlanText(decoded.text, file, options);
}
function loadPlanText(text, file, options = {}) {
  let located = parseLocated(text), toDiagnostic = (p) => {
    let start = located.lineCounter.linePos(p.range[0]), end = located.lineCounter.linePos(p.range[1]);
    return {
      file,
      line: start.line,
      col: start.col,
      endLine: end.line,
      endCol: end.col,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...p.path ? { path: p.path } : {}
    };
  }, problems = [...located.problems], meta2 = {}, finish = (plan) => {
    let diagnostics = problems.map(toDiagnostic).sort(compareDiagnostics);
    return plan !== void 0 && !diagnostics.some(isError) ? { file, plan, diagnostics, meta: meta2 } : { file, diagnostics, meta: meta2 };
  }, doc = located.doc;
  if (!doc || problems.some((p) => p.severity === "error" && p.code !== "duplicate-key")) return finish();
  let raw = doc.toJS({ maxAliasCount: 0 });
  if (meta2 = metaOf(raw), raw == null)
    return problems.push({
      code: "not-a-mapping",
      severity: "error",
      message: "file is empty; a plan file holds one mapping with id, title, sources and clauses",
      range: [0, 1]
    }), finish();
  if (typeof raw != "object" || Array.isArray(raw)) {
    let range = doc.contents?.range;
    return problems.push({
      code: "not-a-mapping",
      severity: "error",
      message: `a plan file holds one mapping, not ${Array.isArray(raw) ? "a list" : "a single value"}`,
      range: range ? [range[0], Math.max(range[1], range[0] + 1)] : [0, 1]
    }), finish();
  }
  let format = formatOf(raw);
  if (format !== 1 && format !== planFormat)
    return problems.push({
      code: "plan-format",
      severity: "error",
      message: `format ${excerpt(String(format))} is not one this version of plans reads (formats 1 and ${planFormat}); update plans, or write format: ${planFormat}`,
      range: rangeAt(doc, ["format"], "value"),
      path: ["format"]
    }), finish();
  let old = format === 1;
  old && problems.push({
    code: "format-1",
    severity: "warning",
    message: `written in plan format 1 (no "format" key); read as format ${planFormat} \u2014 run plans migrate on it to rewrite it`,
    range: rangeAt(doc, Object.hasOwn(raw, "id") ? ["id"] : [], "key")
  });
  let data = old ? migrateRaw(raw) : raw, locate = old ? format1Path : (p) => p, parsed = parsePlan(data);
  if (!parsed.success)
    for (let issue2 of parsed.error.issues) problems.push(...issueToProblems(issue2, data, doc, locate));
  for (let p of checkPlan(data, options.expectedId))
    problems.push({ ...p, range: rangeAt(doc, locate(p.path), p.target) });
  return finish(parsed.success ? parsed.data : void 0);
}
var init_loadPlan = __esm({
  "src/load/loadPlan.ts"() {
    "use strict";
    init_families();
    init_plan();
    init_checks3();
    init_diagnostic();
    init_issues();
    init_migrate();
    init_result();
    init_text();
    init_yaml();
  }
});

// node_modules/cli-table3/src/debug.js
var require_debug = __commonJS({
  "node_modules/cli-table3/src/debug.js"(exports, module) {
    var messages = [], level = 0, debug = (msg, min) => {
      level >= min && messages.push(msg);
    };
    debug.WARN = 1;
    debug.INFO = 2;
    debug.DEBUG = 3;
    debug.reset = () => {
      messages = [];
    };
    debug.setDebugLevel = (v) => {
      level = v;
    };
    debug.warn = (msg) => debug(msg, debug.WARN);
    debug.info = (msg) => debug(msg, debug.INFO);
    debug.debug = (msg) => debug(msg, debug.DEBUG);
    debug.debugMessages = () => messages;
    module.exports = debug;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = !1 } = {}) => {
      let pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module.exports = (string3) => typeof string3 == "string" ? string3.replace(ansiRegex(), "") : string3;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => Number.isNaN(codePoint) ? !1 : codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
    codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
    codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
    // CJK Radicals Supplement .. Enclosed CJK Letters and Months
    11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
    12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
    19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
    43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
    44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
    63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
    65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
    65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
    65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
    110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
    127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
    131072 <= codePoint && codePoint <= 262141);
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi = require_strip_ansi(), isFullwidthCodePoint = require_is_fullwidth_code_point(), emojiRegex = require_emoji_regex(), stringWidth = (string3) => {
      if (typeof string3 != "string" || string3.length === 0 || (string3 = stripAnsi(string3), string3.length === 0))
        return 0;
      string3 = string3.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string3.length; i++) {
        let code = string3.codePointAt(i);
        code <= 31 || code >= 127 && code <= 159 || code >= 768 && code <= 879 || (code > 65535 && i++, width += isFullwidthCodePoint(code) ? 2 : 1);
      }
      return width;
    };
    module.exports = stringWidth;
    module.exports.default = stringWidth;
  }
});

// node_modules/cli-table3/src/utils.js
var require_utils = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    var stringWidth = require_string_width();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str2) {
      let code = codeRegex();
      return ("" + str2).replace(code, "").split(`
`).reduce(function(memo2, s) {
        return stringWidth(s) > memo2 ? stringWidth(s) : memo2;
      }, 0);
    }
    function repeat(str2, times) {
      return Array(times + 1).join(str2);
    }
    function pad(str2, len, pad2, dir) {
      let length = strlen(str2);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str2 = repeat(pad2, padlen) + str2;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2), left = padlen - right;
            str2 = repeat(pad2, left) + str2 + repeat(pad2, right);
            break;
          }
          default: {
            str2 = str2 + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str2;
    }
    var codeCache = {};
    function addToCodeCache(name, on, off) {
      on = "\x1B[" + on + "m", off = "\x1B[" + off + "m", codeCache[on] = { set: name, to: !0 }, codeCache[off] = { set: name, to: !1 }, codeCache[name] = { on, off };
    }
    addToCodeCache("bold", 1, 22);
    addToCodeCache("italics", 3, 23);
    addToCodeCache("underline", 4, 24);
    addToCodeCache("inverse", 7, 27);
    addToCodeCache("strikethrough", 9, 29);
    function updateState(state, controlChars) {
      let controlCode = controlChars[1] ? parseInt(controlChars[1].split(";")[0]) : 0;
      if (controlCode >= 30 && controlCode <= 39 || controlCode >= 90 && controlCode <= 97) {
        state.lastForegroundAdded = controlChars[0];
        return;
      }
      if (controlCode >= 40 && controlCode <= 49 || controlCode >= 100 && controlCode <= 107) {
        state.lastBackgroundAdded = controlChars[0];
        return;
      }
      if (controlCode === 0) {
        for (let i in state)
          Object.prototype.hasOwnProperty.call(state, i) && delete state[i];
        return;
      }
      let info = codeCache[controlChars[0]];
      info && (state[info.set] = info.to);
    }
    function readState(line) {
      let code = codeRegex(!0), controlChars = code.exec(line), state = {};
      for (; controlChars !== null; )
        updateState(state, controlChars), controlChars = code.exec(line);
      return state;
    }
    function unwindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded, lastForegroundAdded = state.lastForegroundAdded;
      return delete state.lastBackgroundAdded, delete state.lastForegroundAdded, Object.keys(state).forEach(function(key) {
        state[key] && (ret += codeCache[key].off);
      }), lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m" && (ret += "\x1B[49m"), lastForegroundAdded && lastForegroundAdded != "\x1B[39m" && (ret += "\x1B[39m"), ret;
    }
    function rewindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded, lastForegroundAdded = state.lastForegroundAdded;
      return delete state.lastBackgroundAdded, delete state.lastForegroundAdded, Object.keys(state).forEach(function(key) {
        state[key] && (ret = codeCache[key].on + ret);
      }), lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m" && (ret = lastBackgroundAdded + ret), lastForegroundAdded && lastForegroundAdded != "\x1B[39m" && (ret = lastForegroundAdded + ret), ret;
    }
    function truncateWidth(str2, desiredLength) {
      if (str2.length === strlen(str2))
        return str2.substr(0, desiredLength);
      for (; strlen(str2) > desiredLength; )
        str2 = str2.slice(0, -1);
      return str2;
    }
    function truncateWidthWithAnsi(str2, desiredLength) {
      let code = codeRegex(!0), split = str2.split(codeRegex()), splitIndex = 0, retLen = 0, ret = "", myArray, state = {};
      for (; retLen < desiredLength; ) {
        myArray = code.exec(str2);
        let toAdd = split[splitIndex];
        if (splitIndex++, retLen + strlen(toAdd) > desiredLength && (toAdd = truncateWidth(toAdd, desiredLength - retLen)), ret += toAdd, retLen += strlen(toAdd), retLen < desiredLength) {
          if (!myArray)
            break;
          ret += myArray[0], updateState(state, myArray);
        }
      }
      return unwindState(state, ret);
    }
    function truncate2(str2, desiredLength, truncateChar) {
      if (truncateChar = truncateChar || "\u2026", strlen(str2) <= desiredLength)
        return str2;
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str2, desiredLength);
      ret += truncateChar;
      let hrefTag = "\x1B]8;;\x07";
      return str2.includes(hrefTag) && !ret.includes(hrefTag) && (ret += hrefTag), ret;
    }
    function defaultOptions() {
      return {
        chars: {
          top: "\u2500",
          "top-mid": "\u252C",
          "top-left": "\u250C",
          "top-right": "\u2510",
          bottom: "\u2500",
          "bottom-mid": "\u2534",
          "bottom-left": "\u2514",
          "bottom-right": "\u2518",
          left: "\u2502",
          "left-mid": "\u251C",
          mid: "\u2500",
          "mid-mid": "\u253C",
          right: "\u2502",
          "right-mid": "\u2524",
          middle: "\u2502"
        },
        truncate: "\u2026",
        colWidths: [],
        rowHeights: [],
        colAligns: [],
        rowAligns: [],
        style: {
          "padding-left": 1,
          "padding-right": 1,
          head: ["red"],
          border: ["grey"],
          compact: !1
        },
        head: []
      };
    }
    function mergeOptions(options, defaults) {
      options = options || {}, defaults = defaults || defaultOptions();
      let ret = Object.assign({}, defaults, options);
      return ret.chars = Object.assign({}, defaults.chars, options.chars), ret.style = Object.assign({}, defaults.style, options.style), ret;
    }
    function wordWrap(maxLength, input) {
      let lines = [], split = input.split(/(\s+)/g), line = [], lineLength = 0, whitespace;
      for (let i = 0; i < split.length; i += 2) {
        let word = split[i], newLength = lineLength + strlen(word);
        lineLength > 0 && whitespace && (newLength += whitespace.length), newLength > maxLength ? (lineLength !== 0 && lines.push(line.join("")), line = [word], lineLength = strlen(word)) : (line.push(whitespace || "", word), lineLength = newLength), whitespace = split[i + 1];
      }
      return lineLength && lines.push(line.join("")), lines;
    }
    function textWrap(maxLength, input) {
      let lines = [], line = "";
      function pushLine(str2, ws) {
        for (line.length && ws && (line += ws), line += str2; line.length > maxLength; )
          lines.push(line.slice(0, maxLength)), line = line.slice(maxLength);
      }
      let split = input.split(/(\s+)/g);
      for (let i = 0; i < split.length; i += 2)
        pushLine(split[i], i && split[i - 1]);
      return line.length && lines.push(line), lines;
    }
    function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = !0) {
      let output = [];
      input = input.split(`
`);
      let handler = wrapOnWordBoundary ? wordWrap : textWrap;
      for (let i = 0; i < input.length; i++)
        output.push.apply(output, handler(maxLength, input[i]));
      return output;
    }
    function colorizeLines(input) {
      let state = {}, output = [];
      for (let i = 0; i < input.length; i++) {
        let line = rewindState(state, input[i]);
        state = readState(line);
        let temp = Object.assign({}, state);
        output.push(unwindState(temp, line));
      }
      return output;
    }
    function hyperlink(url, text) {
      return ["\x1B]", "8", ";", ";", url || text, "\x07", text, "\x1B]", "8", ";", ";", "\x07"].join("");
    }
    module.exports = {
      strlen,
      repeat,
      pad,
      truncate: truncate2,
      mergeOptions,
      wordWrap: multiLineWordWrap,
      colorizeLines,
      hyperlink
    };
  }
});

// node_modules/@colors/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/@colors/colors/lib/styles.js"(exports, module) {
    var styles3 = {};
    module.exports = styles3;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key) {
      var val = codes[key], style = styles3[key] = [];
      style.open = "\x1B[" + val[0] + "m", style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/@colors/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/@colors/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    module.exports = function(flag2, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--"), prefix = /^-{1,2}/.test(flag2) ? "" : "--", pos = argv.indexOf(prefix + flag2);
      return pos !== -1 && (terminatorPos === -1 ? !0 : pos < terminatorPos);
    };
  }
});

// node_modules/@colors/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/@colors/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    var os = __require("os"), hasFlag = require_has_flag(), env = process.env, forceColor = void 0;
    hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") ? forceColor = !1 : (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) && (forceColor = !0);
    "FORCE_COLOR" in env && (forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0);
    function translateLevel(level) {
      return level === 0 ? !1 : {
        level,
        hasBasic: !0,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === !1)
        return 0;
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor"))
        return 3;
      if (hasFlag("color=256"))
        return 2;
      if (stream && !stream.isTTY && forceColor !== !0)
        return 0;
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os.release().split(".");
        return Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586 ? Number(osRelease[2]) >= 14931 ? 3 : 2 : 1;
      }
      if ("CI" in env)
        return ["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign) {
          return sign in env;
        }) || env.CI_NAME === "codeship" ? 1 : min;
      if ("TEAMCITY_VERSION" in env)
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      if ("TERM_PROGRAM" in env) {
        var version2 = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version2 >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      return /-256(color)?$/i.test(env.TERM) ? 2 : /^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM) || "COLORTERM" in env ? 1 : (env.TERM === "dumb", min);
    }
    function getSupportLevel(stream) {
      var level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/@colors/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/@colors/colors/lib/custom/trap.js"(exports, module) {
    module.exports = function(text, options) {
      var result = "";
      text = text || "Run the trap, drop the bass", text = text.split("");
      var trap = {
        a: ["@", "\u0104", "\u023A", "\u0245", "\u0394", "\u039B", "\u0414"],
        b: ["\xDF", "\u0181", "\u0243", "\u026E", "\u03B2", "\u0E3F"],
        c: ["\xA9", "\u023B", "\u03FE"],
        d: ["\xD0", "\u018A", "\u0500", "\u0501", "\u0502", "\u0503"],
        e: [
          "\xCB",
          "\u0115",
          "\u018E",
          "\u0258",
          "\u03A3",
          "\u03BE",
          "\u04BC",
          "\u0A6C"
        ],
        f: ["\u04FA"],
        g: ["\u0262"],
        h: ["\u0126", "\u0195", "\u04A2", "\u04BA", "\u04C7", "\u050A"],
        i: ["\u0F0F"],
        j: ["\u0134"],
        k: ["\u0138", "\u04A0", "\u04C3", "\u051E"],
        l: ["\u0139"],
        m: ["\u028D", "\u04CD", "\u04CE", "\u0520", "\u0521", "\u0D69"],
        n: ["\xD1", "\u014B", "\u019D", "\u0376", "\u03A0", "\u048A"],
        o: [
          "\xD8",
          "\xF5",
          "\xF8",
          "\u01FE",
          "\u0298",
          "\u047A",
          "\u05DD",
          "\u06DD",
          "\u0E4F"
        ],
        p: ["\u01F7", "\u048E"],
        q: ["\u09CD"],
        r: ["\xAE", "\u01A6", "\u0210", "\u024C", "\u0280", "\u042F"],
        s: ["\xA7", "\u03DE", "\u03DF", "\u03E8"],
        t: ["\u0141", "\u0166", "\u0373"],
        u: ["\u01B1", "\u054D"],
        v: ["\u05D8"],
        w: ["\u0428", "\u0460", "\u047C", "\u0D70"],
        x: ["\u04B2", "\u04FE", "\u04FC", "\u04FD"],
        y: ["\xA5", "\u04B0", "\u04CB"],
        z: ["\u01B5", "\u0240"]
      };
      return text.forEach(function(c) {
        c = c.toLowerCase();
        var chars = trap[c] || [" "], rand = Math.floor(Math.random() * chars.length);
        typeof trap[c] < "u" ? result += trap[c][rand] : result += c;
      }), result;
    };
  }
});

// node_modules/@colors/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/@colors/colors/lib/custom/zalgo.js"(exports, module) {
    module.exports = function(text, options) {
      text = text || "   he is here   ";
      var soul = {
        up: [
          "\u030D",
          "\u030E",
          "\u0304",
          "\u0305",
          "\u033F",
          "\u0311",
          "\u0306",
          "\u0310",
          "\u0352",
          "\u0357",
          "\u0351",
          "\u0307",
          "\u0308",
          "\u030A",
          "\u0342",
          "\u0313",
          "\u0308",
          "\u034A",
          "\u034B",
          "\u034C",
          "\u0303",
          "\u0302",
          "\u030C",
          "\u0350",
          "\u0300",
          "\u0301",
          "\u030B",
          "\u030F",
          "\u0312",
          "\u0313",
          "\u0314",
          "\u033D",
          "\u0309",
          "\u0363",
          "\u0364",
          "\u0365",
          "\u0366",
          "\u0367",
          "\u0368",
          "\u0369",
          "\u036A",
          "\u036B",
          "\u036C",
          "\u036D",
          "\u036E",
          "\u036F",
          "\u033E",
          "\u035B",
          "\u0346",
          "\u031A"
        ],
        down: [
          "\u0316",
          "\u0317",
          "\u0318",
          "\u0319",
          "\u031C",
          "\u031D",
          "\u031E",
          "\u031F",
          "\u0320",
          "\u0324",
          "\u0325",
          "\u0326",
          "\u0329",
          "\u032A",
          "\u032B",
          "\u032C",
          "\u032D",
          "\u032E",
          "\u032F",
          "\u0330",
          "\u0331",
          "\u0332",
          "\u0333",
          "\u0339",
          "\u033A",
          "\u033B",
          "\u033C",
          "\u0345",
          "\u0347",
          "\u0348",
          "\u0349",
          "\u034D",
          "\u034E",
          "\u0353",
          "\u0354",
          "\u0355",
          "\u0356",
          "\u0359",
          "\u035A",
          "\u0323"
        ],
        mid: [
          "\u0315",
          "\u031B",
          "\u0300",
          "\u0301",
          "\u0358",
          "\u0321",
          "\u0322",
          "\u0327",
          "\u0328",
          "\u0334",
          "\u0335",
          "\u0336",
          "\u035C",
          "\u035D",
          "\u035E",
          "\u035F",
          "\u0360",
          "\u0362",
          "\u0338",
          "\u0337",
          "\u0361",
          " \u0489"
        ]
      }, all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r = Math.floor(Math.random() * range);
        return r;
      }
      function isChar(character) {
        var bool2 = !1;
        return all.filter(function(i) {
          bool2 = i === character;
        }), bool2;
      }
      function heComes(text2, options2) {
        var result = "", counts, l;
        options2 = options2 || {}, options2.up = typeof options2.up < "u" ? options2.up : !0, options2.mid = typeof options2.mid < "u" ? options2.mid : !0, options2.down = typeof options2.down < "u" ? options2.down : !0, options2.size = typeof options2.size < "u" ? options2.size : "maxi", text2 = text2.split("");
        for (l in text2)
          if (!isChar(l)) {
            switch (result = result + text2[l], counts = { up: 0, down: 0, mid: 0 }, options2.size) {
              case "mini":
                counts.up = randomNumber(8), counts.mid = randomNumber(2), counts.down = randomNumber(8);
                break;
              case "maxi":
                counts.up = randomNumber(16) + 3, counts.mid = randomNumber(4) + 1, counts.down = randomNumber(64) + 3;
                break;
              default:
                counts.up = randomNumber(8) + 1, counts.mid = randomNumber(6) / 2, counts.down = randomNumber(8) + 1;
                break;
            }
            var arr = ["up", "mid", "down"];
            for (var d in arr)
              for (var index = arr[d], i = 0; i <= counts[index]; i++)
                options2[index] && (result = result + soul[index][randomNumber(soul[index].length)]);
          }
        return result;
      }
      return heComes(text, options);
    };
  }
});

// node_modules/@colors/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/@colors/colors/lib/maps/america.js"(exports, module) {
    module.exports = function(colors) {
      return function(letter, i, exploded) {
        if (letter === " ") return letter;
        switch (i % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/@colors/colors/lib/maps/zebra.js"(exports, module) {
    module.exports = function(colors) {
      return function(letter, i, exploded) {
        return i % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/@colors/colors/lib/maps/rainbow.js"(exports, module) {
    module.exports = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[rainbowColors[i++ % rainbowColors.length]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/@colors/colors/lib/maps/random.js"(exports, module) {
    module.exports = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/@colors/colors/lib/colors.js"(exports, module) {
    var colors = {};
    module.exports = colors;
    colors.themes = {};
    var util = __require("util"), ansiStyles2 = colors.styles = require_styles(), defineProps = Object.defineProperties, newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    typeof colors.enabled > "u" && (colors.enabled = colors.supportsColor() !== !1);
    colors.enable = function() {
      colors.enabled = !0;
    };
    colors.disable = function() {
      colors.enabled = !1;
    };
    colors.stripColors = colors.strip = function(str2) {
      return ("" + str2).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function(str2, style) {
      if (!colors.enabled)
        return str2 + "";
      var styleMap = ansiStyles2[style];
      return !styleMap && style in colors ? colors[style](str2) : styleMap.open + str2 + styleMap.close;
    }, matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g, escapeStringRegexp = function(str2) {
      if (typeof str2 != "string")
        throw new TypeError("Expected a string");
      return str2.replace(matchOperatorsRe, "\\$&");
    };
    function build(_styles) {
      var builder = function builder2() {
        return applyStyle2.apply(builder2, arguments);
      };
      return builder._styles = _styles, builder.__proto__ = proto2, builder;
    }
    var styles3 = (function() {
      var ret = {};
      return ansiStyles2.grey = ansiStyles2.gray, Object.keys(ansiStyles2).forEach(function(key) {
        ansiStyles2[key].closeRe = new RegExp(escapeStringRegexp(ansiStyles2[key].close), "g"), ret[key] = {
          get: function() {
            return build(this._styles.concat(key));
          }
        };
      }), ret;
    })(), proto2 = defineProps(function() {
    }, styles3);
    function applyStyle2() {
      var args = Array.prototype.slice.call(arguments), str2 = args.map(function(arg) {
        return arg != null && arg.constructor === String ? arg : util.inspect(arg);
      }).join(" ");
      if (!colors.enabled || !str2)
        return str2;
      for (var newLinesPresent = str2.indexOf(`
`) != -1, nestedStyles = this._styles, i = nestedStyles.length; i--; ) {
        var code = ansiStyles2[nestedStyles[i]];
        str2 = code.open + str2.replace(code.closeRe, code.open) + code.close, newLinesPresent && (str2 = str2.replace(newLineRegex, function(match) {
          return code.close + match + code.open;
        }));
      }
      return str2;
    }
    colors.setTheme = function(theme) {
      if (typeof theme == "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme)
        (function(style2) {
          colors[style2] = function(str2) {
            if (typeof theme[style2] == "object") {
              var out = str2;
              for (var i in theme[style2])
                out = colors[theme[style2][i]](out);
              return out;
            }
            return colors[theme[style2]](str2);
          };
        })(style);
    };
    function init() {
      var ret = {};
      return Object.keys(styles3).forEach(function(name) {
        ret[name] = {
          get: function() {
            return build([name]);
          }
        };
      }), ret;
    }
    var sequencer = function(map3, str2) {
      var exploded = str2.split("");
      return exploded = exploded.map(map3), exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map2 in colors.maps)
      (function(map3) {
        colors[map3] = function(str2) {
          return sequencer(colors.maps[map3], str2);
        };
      })(map2);
    var map2;
    defineProps(colors, init());
  }
});

// node_modules/@colors/colors/safe.js
var require_safe = __commonJS({
  "node_modules/@colors/colors/safe.js"(exports, module) {
    var colors = require_colors();
    module.exports = colors;
  }
});

// node_modules/cli-table3/src/cell.js
var require_cell = __commonJS({
  "node_modules/cli-table3/src/cell.js"(exports, module) {
    var { info, debug } = require_debug(), utils = require_utils(), Cell = class _Cell {
      /**
       * A representation of a cell within the table.
       * Implementations must have `init` and `draw` methods,
       * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
       * @param options
       * @constructor
       */
      constructor(options) {
        this.setOptions(options), this.x = null, this.y = null;
      }
      setOptions(options) {
        ["boolean", "number", "bigint", "string"].indexOf(typeof options) !== -1 && (options = { content: "" + options }), options = options || {}, this.options = options;
        let content = options.content;
        if (["boolean", "number", "bigint", "string"].indexOf(typeof content) !== -1)
          this.content = String(content);
        else if (!content)
          this.content = this.options.href || "";
        else
          throw new Error("Content needs to be a primitive, got: " + typeof content);
        this.colSpan = options.colSpan || 1, this.rowSpan = options.rowSpan || 1, this.options.href && Object.defineProperty(this, "href", {
          get() {
            return this.options.href;
          }
        });
      }
      mergeTableOptions(tableOptions, cells) {
        this.cells = cells;
        let optionsChars = this.options.chars || {}, tableChars2 = tableOptions.chars, chars = this.chars = {};
        CHAR_NAMES.forEach(function(name) {
          setOption(optionsChars, tableChars2, name, chars);
        }), this.truncate = this.options.truncate || tableOptions.truncate;
        let style = this.options.style = this.options.style || {}, tableStyle = tableOptions.style;
        setOption(style, tableStyle, "padding-left", this), setOption(style, tableStyle, "padding-right", this), this.head = style.head || tableStyle.head, this.border = style.border || tableStyle.border, this.fixedWidth = tableOptions.colWidths[this.x], this.lines = this.computeLines(tableOptions), this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight, this.desiredHeight = this.lines.length;
      }
      computeLines(tableOptions) {
        let tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap, { wordWrap = tableWordWrap } = this.options;
        if (this.fixedWidth && wordWrap) {
          if (this.fixedWidth -= this.paddingLeft + this.paddingRight, this.colSpan) {
            let i = 1;
            for (; i < this.colSpan; )
              this.fixedWidth += tableOptions.colWidths[this.x + i], i++;
          }
          let { wrapOnWordBoundary: tableWrapOnWordBoundary = !0 } = tableOptions, { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
          return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
        }
        return this.wrapLines(this.content.split(`
`));
      }
      wrapLines(computedLines) {
        let lines = utils.colorizeLines(computedLines);
        return this.href ? lines.map((line) => utils.hyperlink(this.href, line)) : lines;
      }
      /**
       * Initializes the Cells data structure.
       *
       * @param tableOptions - A fully populated set of tableOptions.
       * In addition to the standard default values, tableOptions must have fully populated the
       * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
       * of columns or rows (respectively) in this table, and each array item must be a Number.
       *
       */
      init(tableOptions) {
        let x = this.x, y = this.y;
        this.widths = tableOptions.colWidths.slice(x, x + this.colSpan), this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan), this.width = this.widths.reduce(sumPlusOne, -1), this.height = this.heights.reduce(sumPlusOne, -1), this.hAlign = this.options.hAlign || tableOptions.colAligns[x], this.vAlign = this.options.vAlign || tableOptions.rowAligns[y], this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
      }
      /**
       * Draws the given line of the cell.
       * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
       * @param lineNum - can be `top`, `bottom` or a numerical line number.
       * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
       * many rows below it's being called from. Otherwise it's undefined.
       * @returns {String} The representation of this line.
       */
      draw(lineNum, spanningCell) {
        if (lineNum == "top") return this.drawTop(this.drawRight);
        if (lineNum == "bottom") return this.drawBottom(this.drawRight);
        let content = utils.truncate(this.content, 10, this.truncate);
        lineNum || info(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
        let padLen = Math.max(this.height - this.lines.length, 0), padTop;
        switch (this.vAlign) {
          case "center":
            padTop = Math.ceil(padLen / 2);
            break;
          case "bottom":
            padTop = padLen;
            break;
          default:
            padTop = 0;
        }
        if (lineNum < padTop || lineNum >= padTop + this.lines.length)
          return this.drawEmpty(this.drawRight, spanningCell);
        let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
        return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
      }
      /**
       * Renders the top line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawTop(drawRight) {
        let content = [];
        return this.cells ? this.widths.forEach(function(width, index) {
          content.push(this._topLeftChar(index)), content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], width));
        }, this) : (content.push(this._topLeftChar(0)), content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], this.width))), drawRight && content.push(this.chars[this.y == 0 ? "topRight" : "rightMid"]), this.wrapWithStyleColors("border", content.join(""));
      }
      _topLeftChar(offset) {
        let x = this.x + offset, leftChar;
        if (this.y == 0)
          leftChar = x == 0 ? "topLeft" : offset == 0 ? "topMid" : "top";
        else if (x == 0)
          leftChar = "leftMid";
        else if (leftChar = offset == 0 ? "midMid" : "bottomMid", this.cells && (this.cells[this.y - 1][x] instanceof _Cell.ColSpanCell && (leftChar = offset == 0 ? "topMid" : "mid"), offset == 0)) {
          let i = 1;
          for (; this.cells[this.y][x - i] instanceof _Cell.ColSpanCell; )
            i++;
          this.cells[this.y][x - i] instanceof _Cell.RowSpanCell && (leftChar = "leftMid");
        }
        return this.chars[leftChar];
      }
      wrapWithStyleColors(styleProperty, content) {
        if (this[styleProperty] && this[styleProperty].length)
          try {
            let colors = require_safe();
            for (let i = this[styleProperty].length - 1; i >= 0; i--)
              colors = colors[this[styleProperty][i]];
            return colors(content);
          } catch {
            return content;
          }
        else
          return content;
      }
      /**
       * Renders a line of text.
       * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
       * There may be top-padding above the first line of text.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
       * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
       * only include the truncation symbol if the text will not fit horizontally within the cell width.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          for (; cellLeft instanceof ColSpanCell; )
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          cellLeft instanceof RowSpanCell || (left = this.chars.rightMid);
        }
        let leftPadding = utils.repeat(" ", this.paddingLeft), right = drawRight ? this.chars.right : "", rightPadding = utils.repeat(" ", this.paddingRight), line = this.lines[lineNum], len = this.width - (this.paddingLeft + this.paddingRight);
        forceTruncationSymbol && (line += this.truncate || "\u2026");
        let content = utils.truncate(line, len, this.truncate);
        return content = utils.pad(content, len, " ", this.hAlign), content = leftPadding + content + rightPadding, this.stylizeLine(left, content, right);
      }
      stylizeLine(left, content, right) {
        return left = this.wrapWithStyleColors("border", left), right = this.wrapWithStyleColors("border", right), this.y === 0 && (content = this.wrapWithStyleColors("head", content)), left + content + right;
      }
      /**
       * Renders the bottom line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawBottom(drawRight) {
        let left = this.chars[this.x == 0 ? "bottomLeft" : "bottomMid"], content = utils.repeat(this.chars.bottom, this.width), right = drawRight ? this.chars.bottomRight : "";
        return this.wrapWithStyleColors("border", left + content + right);
      }
      /**
       * Renders a blank line of text within the cell. Used for top and/or bottom padding.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawEmpty(drawRight, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          for (; cellLeft instanceof ColSpanCell; )
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          cellLeft instanceof RowSpanCell || (left = this.chars.rightMid);
        }
        let right = drawRight ? this.chars.right : "", content = utils.repeat(" ", this.width);
        return this.stylizeLine(left, content, right);
      }
    }, ColSpanCell = class {
      /**
       * A Cell that doesn't do anything. It just draws empty lines.
       * Used as a placeholder in column spanning.
       * @constructor
       */
      constructor() {
      }
      draw(lineNum) {
        return typeof lineNum == "number" && debug(`${this.y}-${this.x}: 1x1 ColSpanCell`), "";
      }
      init() {
      }
      mergeTableOptions() {
      }
    }, RowSpanCell = class {
      /**
       * A placeholder Cell for a Cell that spans multiple rows.
       * It delegates rendering to the original cell, but adds the appropriate offset.
       * @param originalCell
       * @constructor
       */
      constructor(originalCell) {
        this.originalCell = originalCell;
      }
      init(tableOptions) {
        let y = this.y, originalY = this.originalCell.y;
        this.cellOffset = y - originalY, this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
      }
      draw(lineNum) {
        return lineNum == "top" ? this.originalCell.draw(this.offset, this.cellOffset) : lineNum == "bottom" ? this.originalCell.draw("bottom") : (debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`), this.originalCell.draw(this.offset + 1 + lineNum));
      }
      mergeTableOptions() {
      }
    };
    function firstDefined(...args) {
      return args.filter((v) => v != null).shift();
    }
    function setOption(objA, objB, nameB, targetObj) {
      let nameA = nameB.split("-");
      nameA.length > 1 ? (nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1), nameA = nameA.join(""), targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB])) : targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
    }
    function findDimension(dimensionTable, startingIndex, span) {
      let ret = dimensionTable[startingIndex];
      for (let i = 1; i < span; i++)
        ret += 1 + dimensionTable[startingIndex + i];
      return ret;
    }
    function sumPlusOne(a, b) {
      return a + b + 1;
    }
    var CHAR_NAMES = [
      "top",
      "top-mid",
      "top-left",
      "top-right",
      "bottom",
      "bottom-mid",
      "bottom-left",
      "bottom-right",
      "left",
      "left-mid",
      "mid",
      "mid-mid",
      "right",
      "right-mid",
      "middle"
    ];
    module.exports = Cell;
    module.exports.ColSpanCell = ColSpanCell;
    module.exports.RowSpanCell = RowSpanCell;
  }
});

// node_modules/cli-table3/src/layout-manager.js
var require_layout_manager = __commonJS({
  "node_modules/cli-table3/src/layout-manager.js"(exports, module) {
    var { warn, debug } = require_debug(), Cell = require_cell(), { ColSpanCell, RowSpanCell } = Cell;
    (function() {
      function next(alloc, col) {
        return alloc[col] > 0 ? next(alloc, col + 1) : col;
      }
      function layoutTable(table) {
        let alloc = {};
        table.forEach(function(row, rowIndex) {
          let col = 0;
          row.forEach(function(cell) {
            cell.y = rowIndex, cell.x = rowIndex ? next(alloc, col) : col;
            let rowSpan = cell.rowSpan || 1, colSpan = cell.colSpan || 1;
            if (rowSpan > 1)
              for (let cs = 0; cs < colSpan; cs++)
                alloc[cell.x + cs] = rowSpan;
            col = cell.x + colSpan;
          }), Object.keys(alloc).forEach((idx) => {
            alloc[idx]--, alloc[idx] < 1 && delete alloc[idx];
          });
        });
      }
      function maxWidth(table) {
        let mw = 0;
        return table.forEach(function(row) {
          row.forEach(function(cell) {
            mw = Math.max(mw, cell.x + (cell.colSpan || 1));
          });
        }), mw;
      }
      function maxHeight(table) {
        return table.length;
      }
      function cellsConflict(cell1, cell2) {
        let yMin1 = cell1.y, yMax1 = cell1.y - 1 + (cell1.rowSpan || 1), yMin2 = cell2.y, yMax2 = cell2.y - 1 + (cell2.rowSpan || 1), yConflict = !(yMin1 > yMax2 || yMin2 > yMax1), xMin1 = cell1.x, xMax1 = cell1.x - 1 + (cell1.colSpan || 1), xMin2 = cell2.x, xMax2 = cell2.x - 1 + (cell2.colSpan || 1), xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);
        return yConflict && xConflict;
      }
      function conflictExists(rows3, x, y) {
        let i_max = Math.min(rows3.length - 1, y), cell = { x, y };
        for (let i = 0; i <= i_max; i++) {
          let row = rows3[i];
          for (let j = 0; j < row.length; j++)
            if (cellsConflict(cell, row[j]))
              return !0;
        }
        return !1;
      }
      function allBlank(rows3, y, xMin, xMax) {
        for (let x = xMin; x < xMax; x++)
          if (conflictExists(rows3, x, y))
            return !1;
        return !0;
      }
      function addRowSpanCells(table) {
        table.forEach(function(row, rowIndex) {
          row.forEach(function(cell) {
            for (let i = 1; i < cell.rowSpan; i++) {
              let rowSpanCell = new RowSpanCell(cell);
              rowSpanCell.x = cell.x, rowSpanCell.y = cell.y + i, rowSpanCell.colSpan = cell.colSpan, insertCell(rowSpanCell, table[rowIndex + i]);
            }
          });
        });
      }
      function addColSpanCells(cellRows) {
        for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
          let cellColumns = cellRows[rowIndex];
          for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
            let cell = cellColumns[columnIndex];
            for (let k = 1; k < cell.colSpan; k++) {
              let colSpanCell = new ColSpanCell();
              colSpanCell.x = cell.x + k, colSpanCell.y = cell.y, cellColumns.splice(columnIndex + 1, 0, colSpanCell);
            }
          }
        }
      }
      function insertCell(cell, row) {
        let x = 0;
        for (; x < row.length && row[x].x < cell.x; )
          x++;
        row.splice(x, 0, cell);
      }
      function fillInTable(table) {
        let h_max = maxHeight(table), w_max = maxWidth(table);
        debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
        for (let y = 0; y < h_max; y++)
          for (let x = 0; x < w_max; x++)
            if (!conflictExists(table, x, y)) {
              let opts = { x, y, colSpan: 1, rowSpan: 1 };
              for (x++; x < w_max && !conflictExists(table, x, y); )
                opts.colSpan++, x++;
              let y2 = y + 1;
              for (; y2 < h_max && allBlank(table, y2, opts.x, opts.x + opts.colSpan); )
                opts.rowSpan++, y2++;
              let cell = new Cell(opts);
              cell.x = opts.x, cell.y = opts.y, warn(`Missing cell at ${cell.y}-${cell.x}.`), insertCell(cell, table[y]);
            }
      }
      function generateCells(rows3) {
        return rows3.map(function(row) {
          if (!Array.isArray(row)) {
            let key = Object.keys(row)[0];
            row = row[key], Array.isArray(row) ? (row = row.slice(), row.unshift(key)) : row = [key, row];
          }
          return row.map(function(cell) {
            return new Cell(cell);
          });
        });
      }
      function makeTableLayout(rows3) {
        let cellRows = generateCells(rows3);
        return layoutTable(cellRows), fillInTable(cellRows), addRowSpanCells(cellRows), addColSpanCells(cellRows), cellRows;
      }
      module.exports = {
        makeTableLayout,
        layoutTable,
        addRowSpanCells,
        maxWidth,
        fillInTable,
        computeWidths: makeComputeWidths("colSpan", "desiredWidth", "x", 1),
        computeHeights: makeComputeWidths("rowSpan", "desiredHeight", "y", 1)
      };
    })();
    function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
      return function(vals, table) {
        let result = [], spanners = [], auto = {};
        table.forEach(function(row) {
          row.forEach(function(cell) {
            (cell[colSpan] || 1) > 1 ? spanners.push(cell) : result[cell[x]] = Math.max(result[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
          });
        }), vals.forEach(function(val, index) {
          typeof val == "number" && (result[index] = val);
        });
        for (let k = spanners.length - 1; k >= 0; k--) {
          let cell = spanners[k], span = cell[colSpan], col = cell[x], existingWidth = result[col], editableCols = typeof vals[col] == "number" ? 0 : 1;
          if (typeof existingWidth == "number")
            for (let i = 1; i < span; i++)
              existingWidth += 1 + result[col + i], typeof vals[col + i] != "number" && editableCols++;
          else
            existingWidth = desiredWidth === "desiredWidth" ? cell.desiredWidth - 1 : 1, (!auto[col] || auto[col] < existingWidth) && (auto[col] = existingWidth);
          if (cell[desiredWidth] > existingWidth) {
            let i = 0;
            for (; editableCols > 0 && cell[desiredWidth] > existingWidth; ) {
              if (typeof vals[col + i] != "number") {
                let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
                existingWidth += dif, result[col + i] += dif, editableCols--;
              }
              i++;
            }
          }
        }
        Object.assign(vals, result, auto);
        for (let j = 0; j < vals.length; j++)
          vals[j] = Math.max(forcedMin, vals[j] || 0);
      };
    }
  }
});

// node_modules/cli-table3/src/table.js
var require_table = __commonJS({
  "node_modules/cli-table3/src/table.js"(exports, module) {
    var debug = require_debug(), utils = require_utils(), tableLayout = require_layout_manager(), Table2 = class extends Array {
      constructor(opts) {
        super();
        let options = utils.mergeOptions(opts);
        if (Object.defineProperty(this, "options", {
          value: options,
          enumerable: options.debug
        }), options.debug) {
          switch (typeof options.debug) {
            case "boolean":
              debug.setDebugLevel(debug.WARN);
              break;
            case "number":
              debug.setDebugLevel(options.debug);
              break;
            case "string":
              debug.setDebugLevel(parseInt(options.debug, 10));
              break;
            default:
              debug.setDebugLevel(debug.WARN), debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
          }
          Object.defineProperty(this, "messages", {
            get() {
              return debug.debugMessages();
            }
          });
        }
      }
      toString() {
        let array2 = this, headersPresent = this.options.head && this.options.head.length;
        headersPresent ? (array2 = [this.options.head], this.length && array2.push.apply(array2, this)) : this.options.style.head = [];
        let cells = tableLayout.makeTableLayout(array2);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.mergeTableOptions(this.options, cells);
          }, this);
        }, this), tableLayout.computeWidths(this.options.colWidths, cells), tableLayout.computeHeights(this.options.rowHeights, cells), cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.init(this.options);
          }, this);
        }, this);
        let result = [];
        for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
          let row = cells[rowIndex], heightOfRow = this.options.rowHeights[rowIndex];
          (rowIndex === 0 || !this.options.style.compact || rowIndex == 1 && headersPresent) && doDraw(row, "top", result);
          for (let lineNum = 0; lineNum < heightOfRow; lineNum++)
            doDraw(row, lineNum, result);
          rowIndex + 1 == cells.length && doDraw(row, "bottom", result);
        }
        return result.join(`
`);
      }
      get width() {
        return this.toString().split(`
`)[0].length;
      }
    };
    Table2.reset = () => debug.reset();
    function doDraw(row, lineNum, result) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str2 = line.join("");
      str2.length && result.push(str2);
    }
    module.exports = Table2;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    module.exports = require_table();
  }
});

// src/diff/inherit.ts
init_families();
init_fields();
function inheritedAt(plan, path) {
  let best;
  for (let i of plan.inherited ?? [])
    i.path.length <= path.length && i.path.every((seg, n) => path[n] === seg) && (!best || i.path.length > best.path.length) && (best = i);
  return best;
}

// src/compare/comparePlans.ts
init_duration();
init_families();
init_fields();

// src/schema/header.ts
function sourceRefs(plan, keys) {
  let refs = [];
  for (let key of new Set(keys)) {
    let s = plan.sources[key];
    if (!s) {
      refs.push({ key, title: key });
      continue;
    }
    let ref = { key, title: s.title };
    s.publisher && (ref.publisher = s.publisher), s.published && (ref.published = s.published), s.url && (ref.url = s.url), s.flags && (ref.flags = s.flags), refs.push(ref);
  }
  return refs;
}
function clauseSide(plan, family) {
  if (family === "other") {
    let other = plan.clauses.other;
    return other ? {
      summary: `${other.length} ${other.length === 1 ? "provision" : "provisions"}: ${other.map((o) => o.topic).join(", ")}`,
      sources: sourceRefs(
        plan,
        other.flatMap((o) => o.sources)
      )
    } : void 0;
  }
  let clause = plan.clauses[family];
  if (!clause) return;
  let whole = plan.inherited?.find((i) => i.path.length === 1 && i.path[0] === family);
  return {
    summary: clause.summary,
    sources: sourceRefs(plan, clause.sources),
    ...whole ? { inherited: { from: whole.from, date: whole.date } } : {}
  };
}
function planHeader(plan) {
  return {
    id: plan.id,
    title: plan.title,
    proposed_by: plan.proposed_by,
    date: plan.date,
    status: plan.status,
    ...plan.revises ? { revises: plan.revises } : {},
    ...plan.reaffirms ? { reaffirms: plan.reaffirms.map((r) => r.plan) } : {}
  };
}

// src/compare/comparePlans.ts
init_introspect();
init_money();
init_regions();

// src/util/formatNumber.ts
function formatNumber(n) {
  if (!Number.isFinite(n)) return String(n);
  let sign = n < 0 ? "-" : "", [int3, frac] = String(Math.abs(n)).split(".");
  if (int3.includes("e")) return String(n);
  let grouped = int3.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac ? `.${frac}` : ""}`;
}

// src/compare/words.ts
var verdictWords = {
  agree: "every plan that states the field says the same thing (qualifiers included)",
  differ: "at least two plans state the field and they do not all say the same thing",
  "one plan": "only one of the compared plans states the field",
  "common ground": "a family two or more plans state some of the same fields in, and agree on every field they both state",
  contested: "families ranked by how many of their fields differ (then by the share that differ)",
  silent: "the plan states nothing in the family, not even by keeping an earlier plan (reaffirms)",
  inherited: 'a value the plan keeps from an earlier plan of its party that it reaffirms, named after "from"'
};

// src/compare/comparePlans.ts
var compareVersion = 2, notCompared = /* @__PURE__ */ new Set([...clauseBaseFields, ...textFields]), qualifying = new Set(Object.values(qualifiers).flat()), keysOf = (node2) => node2?.kind === "object" ? Object.keys(node2.keys) : [], child = (node2, key) => node2?.kind === "object" ? node2.keys[key] : void 0;
function cellOf(v, ordered = !1) {
  if (typeof v == "number") return { text: formatNumber(v), key: `n:${v}` };
  if (typeof v == "boolean") return { text: v ? "yes" : "no", key: `b:${v}` };
  if (isDuration(v)) return { text: v.text, key: `d:${v.days}` };
  if (isMoney(v)) return { text: v.text, key: `m:${v.bn}:${v.currency}` };
  if (Array.isArray(v) && ordered) {
    let items = v.map((x) => cellOf(x));
    return { text: items.map((c) => c.text).join(" \u2192 "), key: `o:${items.map((c) => c.key).join("|")}` };
  }
  if (Array.isArray(v)) {
    let items = v.map((x) => cellOf(x));
    return {
      text: items.map((c) => c.text).join(", "),
      key: `l:${items.map((c) => c.key).sort().join("|")}`
    };
  }
  let text = String(v);
  return { text, key: `s:${text}` };
}
function qualifiedCell(field, obj) {
  let main = cellOf(obj[field]);
  if (field === "start") {
    let within = obj.within === void 0 ? void 0 : cellOf(obj.within), pre = obj.preconditions === void 0 ? void 0 : cellOf(obj.preconditions), condition = pre === void 0 && typeof obj.condition == "string" ? obj.condition : void 0;
    return { text: main.text === "within" && within ? `within ${within.text}` : pre ? `${main.text} (${pre.text})` : condition ? `${main.text} (on a condition in words)` : main.text, key: `${main.key}|${within?.key ?? ""}|${pre?.key ?? ""}|${condition ?? ""}` };
  }
  let q = (qualifiers[field] ?? []).filter((k) => obj[k] !== void 0).map((k) => cellOf(obj[k]));
  return q.length === 0 ? main : {
    text: `${main.text} (${q.map((c) => c.text).join(", ")})`,
    key: `${main.key}|${q.map((c) => c.key).join("|")}`
  };
}
function clauseFields(family, clause) {
  let out = [], walk2 = (node3, name, value, field, path, owner) => {
    if (value === void 0) return;
    let key = listKeyFields[name];
    if (key && Array.isArray(value)) {
      let element = node3?.kind === "array" ? node3.element : void 0;
      for (let entry of value) {
        let who = String(entry[key]), at2 = `${field}[${who}]`;
        for (let k of keysOf(element))
          k === key || k === "note" || !(k in entry) || qualifying.has(k) && Object.entries(qualifiers).some(([m, q]) => q.includes(k) && entry[m] !== void 0) || walk2(child(element, k), k, entry[k], `${at2}.${k}`, [...path, who, k], entry);
      }
    } else if (typeof value == "object" && value !== null && !Array.isArray(value) && !isQuantity(value)) {
      let obj = value;
      for (let k of keysOf(node3))
        !notCompared.has(k) && k in obj && walk2(child(node3, k), k, obj[k], field ? `${field}.${k}` : k, [...path, k], obj);
    } else {
      let cell = qualifiers[name] ? qualifiedCell(name, owner) : cellOf(value, orderedLists.has(name));
      out.push({ field, path, cell });
    }
  }, node2 = shapeAt(["clauses", family]);
  for (let k of keysOf(node2))
    if (!(notCompared.has(k) || !(k in clause)) && !(qualifying.has(k) && Object.entries(qualifiers).some(([m, q]) => q.includes(k) && clause[m] !== void 0)))
      if (family === "recognition" && k === "territories") {
        let territories = clause.territories, territoryNode = child(child(node2, "territories"), "crimea");
        for (let region of regionKeys) {
          let t2 = territories[region];
          if (!t2) continue;
          let status = String(t2.status), text = t2.extent && t2.extent !== "whole" ? `${status} (${String(t2.extent)})` : status, path = ["territories", region];
          out.push({
            field: `territories.${region}`,
            path,
            cell: { text, key: `t:${status}:${String(t2.extent ?? "")}` }
          }), t2.zones !== void 0 && walk2(
            child(territoryNode, "zones"),
            "zones",
            t2.zones,
            `territories.${region}.zones`,
            [...path, "zones"],
            t2
          );
        }
      } else walk2(child(node2, k), k, clause[k], k, [k], clause);
  return out;
}
function familyFields(plan, family) {
  let fields = family === "other" ? plan.clauses.other?.map((o) => ({
    field: o.topic,
    path: [o.topic],
    cell: { text: "\u2713", key: "present" }
  })) : plan.clauses[family] ? clauseFields(family, plan.clauses[family]) : void 0;
  return !fields || !plan.inherited?.length ? fields : fields.map((f) => {
    let i = inheritedAt(plan, [family, ...f.path]);
    return i ? { ...f, cell: { ...f.cell, from: i.from } } : f;
  });
}
function familySources(plan, family) {
  let own2 = family === "other" ? plan.clauses.other?.flatMap((o) => o.sources) ?? [] : plan.clauses[family]?.sources ?? [], inherited = (plan.inherited ?? []).filter((i) => i.path[0] === family && i.path.length > 1).flatMap((i) => i.sources);
  return [...own2, ...inherited];
}
function verdictOf(cells) {
  let stated = cells.filter((c) => c !== null);
  return stated.length <= 1 ? "single" : stated.every((c) => c.key === stated[0].key) ? "agree" : "differ";
}
function comparePlans(plans, options = {}) {
  let wanted = options.clauses ?? families, rows3 = [], summaries = [], silent = [];
  for (let family of families) {
    if (!wanted.includes(family)) continue;
    let columns = plans.map((plan) => familyFields(plan, family)), addressedBy = plans.filter((_, i) => columns[i] !== void 0).map((p) => p.id);
    if (addressedBy.length === 0) continue;
    addressedBy.length < plans.length && silent.push({ family, plans: plans.filter((_, i) => columns[i] === void 0).map((p) => p.id) });
    let seen = /* @__PURE__ */ new Map();
    for (let column of columns)
      for (let { field } of column ?? []) seen.has(field) || seen.set(field, seen.size);
    let declared = family === "other" ? [] : keysAt(["clauses", family]), rank = (f) => [
      declared.indexOf(f.split(/[.[]/)[0]),
      f.startsWith("territories.") ? regionKeys.indexOf(f.split(".")[1]) : -1,
      seen.get(f)
    ], fields = [...seen.keys()].map((f) => ({ f, r: rank(f) })).sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2]).map(({ f }) => f), byField = columns.map((column) => new Map(column?.map((fc) => [fc.field, fc.cell]))), familyRows = fields.map((field) => {
      let cells = byField.map((m) => m.get(field) ?? null);
      return { family, field, cells, verdict: verdictOf(cells) };
    }), count2 = (v) => familyRows.filter((r) => r.verdict === v).length;
    summaries.push({
      family,
      addressedBy,
      rows: familyRows.length,
      agree: count2("agree"),
      differ: count2("differ"),
      single: count2("single")
    });
    for (let r of familyRows) (!options.differencesOnly || r.verdict !== "agree") && rows3.push(r);
  }
  let share = (s) => s.agree + s.differ === 0 ? 0 : s.differ / (s.agree + s.differ), contested = summaries.filter((s) => s.differ > 0).sort(
    (a, b) => b.differ - a.differ || share(b) - share(a) || families.indexOf(a.family) - families.indexOf(b.family)
  ).map((s) => s.family), sources = {};
  for (let plan of plans)
    sources[plan.id] = sourceRefs(
      plan,
      families.filter((f) => wanted.includes(f)).flatMap((f) => familySources(plan, f))
    );
  return {
    version: compareVersion,
    plans: plans.map(planHeader),
    rows: rows3,
    families: summaries,
    summary: {
      commonGround: summaries.filter((s) => s.addressedBy.length >= 2 && s.agree > 0 && s.differ === 0).map((s) => s.family),
      contested,
      silent
    },
    sources
  };
}

// src/diff/diffPlans.ts
init_duration();
init_families();
init_fields();
init_introspect();
init_money();
init_vocab();
function isRecord(v) {
  return typeof v == "object" && v !== null && !Array.isArray(v) && !isQuantity(v);
}
function plain(v) {
  return isQuantity(v) ? v.text : typeof v == "string" || typeof v == "number" || typeof v == "boolean" ? v : String(v);
}
function sameScalar(a, b) {
  return isDuration(a) && isDuration(b) ? a.days === b.days : isMoney(a) && isMoney(b) ? a.bn === b.bn && a.currency === b.currency : a === b;
}
var datePattern = /^\d{4}-\d{2}-\d{2}$/;
function kindOf(v) {
  return isDuration(v) ? "duration" : isMoney(v) ? "money" : typeof v;
}
function typeOf(field, vocabPath, a, b) {
  if (textFields.has(field) || vocabPath.includes("disputed")) return "text";
  if (a !== void 0 && b !== void 0 && kindOf(a) !== kindOf(b)) return "enum";
  let sample = a ?? b;
  return isDuration(sample) ? "duration" : isMoney(sample) ? "money" : typeof sample == "number" ? "number" : typeof sample == "boolean" ? "boolean" : vocabularyAt(vocabPath) ? "enum" : typeof sample == "string" && datePattern.test(sample) ? "date" : "name";
}
function ceasefireDays(clause) {
  if (clause) {
    if (clause.start === "immediate" || clause.start === "on-signature") return 0;
    if (clause.start === "within" && isDuration(clause.within)) return clause.within.days;
  }
}
var Walker = class {
  constructor(leftClause, rightClause) {
    this.leftClause = leftClause;
    this.rightClause = rightClause;
  }
  leftClause;
  rightClause;
  changes = [];
  /** `path` names the change; `schemaPath` is the same path with list keys as indices. */
  value(path, schemaPath, a, b) {
    path[path.length - 1] === "sources" || a === void 0 && b === void 0 || (Array.isArray(a) || Array.isArray(b) ? this.list(path, schemaPath, a ?? [], b ?? []) : isRecord(a) || isRecord(b) ? this.mapping(path, schemaPath, isRecord(a) ? a : void 0, isRecord(b) ? b : void 0) : this.scalar(path, schemaPath, a, b));
  }
  mapping(path, schemaPath, a, b) {
    let declared = keysAt(schemaPath), present = /* @__PURE__ */ new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]), ordered = [
      ...declared.filter((k) => present.has(k)),
      ...[...present].filter((k) => !declared.includes(k))
    ];
    for (let key of ordered) this.value([...path, key], [...schemaPath, key], a?.[key], b?.[key]);
  }
  list(path, schemaPath, a, b) {
    let field = path[path.length - 1];
    if (orderedLists.has(field)) {
      let left2 = a.map(plain).join(" \u2192 "), right2 = b.map(plain).join(" \u2192 ");
      if (left2 === right2) return;
      let kind = a.length === 0 ? "added" : b.length === 0 ? "removed" : "changed";
      this.changes.push({
        path,
        kind,
        type: "order",
        ...a.length ? { left: left2 } : {},
        ...b.length ? { right: right2 } : {}
      });
      return;
    }
    let keyField = listKeyFields[field], elementPath = [...schemaPath, 0];
    if (keyField) {
      let keyOf2 = (e) => String(e[keyField]), left2 = new Map(a.map((e) => [keyOf2(e), e])), right2 = new Map(b.map((e) => [keyOf2(e), e]));
      for (let key of /* @__PURE__ */ new Set([...left2.keys(), ...right2.keys()])) {
        let l = left2.get(key), r = right2.get(key), p = [...path, key];
        (!l || !r) && field !== "disputed" && this.changes.push(
          l ? { path: p, kind: "removed", type: "entry", left: key } : { path: p, kind: "added", type: "entry", right: key }
        );
        let { [keyField]: _l, ...lRest } = l ?? {}, { [keyField]: _r, ...rRest } = r ?? {};
        this.mapping(p, elementPath, l ? lRest : void 0, r ? rRest : void 0);
      }
      return;
    }
    let type2 = typeOf(field, elementPath.map(String), a[0], b[0]), left = new Set(a.map(plain)), right = new Set(b.map(plain));
    for (let e of left)
      right.has(e) || this.changes.push({ path: [...path, String(e)], kind: "removed", type: type2, left: e });
    for (let e of right)
      left.has(e) || this.changes.push({ path: [...path, String(e)], kind: "added", type: type2, right: e });
  }
  scalar(path, schemaPath, a, b) {
    if (sameScalar(a, b)) return;
    let field = path[path.length - 1], type2 = typeOf(field, schemaPath.map(String), a, b), change = { path, kind: a === void 0 ? "added" : b === void 0 ? "removed" : "changed", type: type2 };
    if (a !== void 0 && (change.left = plain(a)), b !== void 0 && (change.right = plain(b)), typeof a == "number" && typeof b == "number")
      change.delta = b - a, change.trend = b > a ? "higher" : "lower";
    else if (isMoney(a) && isMoney(b))
      a.currency === b.currency && (change.delta = b.bn - a.bn, change.trend = b.bn > a.bn ? "higher" : "lower");
    else if (isDuration(a) && isDuration(b)) {
      change.delta = b.days - a.days;
      let timing = path[0] === "elections" && field === "within";
      change.trend = b.days < a.days ? timing ? "sooner" : "shorter" : timing ? "later" : "longer";
    } else if (typeof a == "string" && typeof b == "string" && type2 === "enum") {
      let vocab = vocabularyAt(schemaPath.map(String)), ra = vocab ? rankOf(vocab, a) : void 0, rb = vocab ? rankOf(vocab, b) : void 0;
      vocab?.trend && ra !== void 0 && rb !== void 0 && (change.trend = rb > ra ? vocab.trend.up : vocab.trend.down);
    }
    if (path[0] === "ceasefire" && (field === "start" || field === "within") && path.length === 2) {
      let da = ceasefireDays(this.leftClause), db = ceasefireDays(this.rightClause);
      da !== void 0 && db !== void 0 && da !== db && (change.trend = db < da ? "sooner" : "later", (field === "start" || !change.delta) && (change.delta = db - da));
    }
    this.changes.push(change);
  }
};
function diffFamily(family, left, right) {
  let walker = new Walker(isRecord(left) ? left : void 0, isRecord(right) ? right : void 0);
  if (family === "other") walker.value(["other"], ["clauses", "other"], left, right);
  else {
    let l = isRecord(left) ? left : void 0, r = isRecord(right) ? right : void 0, declared = keysAt(["clauses", family]), present = /* @__PURE__ */ new Set([...Object.keys(l ?? {}), ...Object.keys(r ?? {})]);
    for (let key of declared.filter((k) => present.has(k)))
      walker.value([family, key], ["clauses", family, key], l?.[key], r?.[key]);
  }
  let commentary = (c) => c.path[c.path.length - 1] === "note" || c.path[c.path[0] === "other" ? 2 : 1] === "disputed", rank = (c) => c.type !== "text" ? 0 : commentary(c) ? 2 : 1;
  return [0, 1, 2].flatMap((r) => walker.changes.filter((c) => rank(c) === r));
}
function markInherited(change, left, right) {
  let ref = (plan, present) => {
    let i = present ? inheritedAt(plan, change.path) : void 0;
    return i && { from: i.from, date: i.date, sources: sourceRefs(plan, i.sources) };
  }, l = ref(left, change.kind !== "added"), r = ref(right, change.kind !== "removed");
  return !l && !r ? change : { ...change, inherited: { ...l ? { left: l } : {}, ...r ? { right: r } : {} } };
}
function diffPlans(left, right, options = {}) {
  let wanted = options.clauses ?? families, clauses = [];
  for (let family of families) {
    if (!wanted.includes(family)) continue;
    let l = left.clauses[family], r = right.clauses[family];
    if (l === void 0 && r === void 0) continue;
    let leftSide = clauseSide(left, family), rightSide = clauseSide(right, family), sides = { ...leftSide ? { left: leftSide } : {}, ...rightSide ? { right: rightSide } : {} };
    if (l === void 0 || r === void 0) {
      let changes2 = diffFamily(family, l, r).filter((c) => c.type !== "text").map((c) => markInherited(c, left, right));
      clauses.push({
        clause: family,
        status: l === void 0 ? "only-right" : "only-left",
        changes: changes2,
        ...sides
      });
      continue;
    }
    let changes = diffFamily(family, l, r).map((c) => markInherited(c, left, right)), status = changes.length === 0 ? "same" : changes.some((c) => c.type !== "text") ? "changed" : "reworded";
    clauses.push({ clause: family, status, changes, ...sides });
  }
  let count2 = (s) => clauses.filter((c) => c.status === s).length, onlyLeft = clauses.filter((c) => c.status === "only-left").map((c) => c.clause), onlyRight = clauses.filter((c) => c.status === "only-right").map((c) => c.clause);
  return {
    version: 2,
    left: planHeader(left),
    right: planHeader(right),
    clauses,
    summary: {
      families: clauses.length,
      differing: count2("changed") + onlyLeft.length + onlyRight.length,
      changed: count2("changed"),
      reworded: count2("reworded"),
      same: count2("same"),
      onlyLeft,
      onlyRight
    }
  };
}
function plansDiffer(diff) {
  return diff.clauses.some((c) => c.status !== "same");
}

// src/compare/history.ts
init_byCodeUnits();
var historyVersion = 1;
function planHistory(target, catalog) {
  let chain = [target], missing, seen = /* @__PURE__ */ new Set([target.id]);
  for (let cur = target; cur.revises; ) {
    let prev = catalog.get(cur.revises);
    if (!prev) {
      missing = cur.revises;
      break;
    }
    if (seen.has(prev.id)) break;
    seen.add(prev.id), chain.unshift(prev), cur = prev;
  }
  let steps = chain.map((plan, i) => {
    if (i === 0)
      return { plan: planHeader(plan), changed: [], added: [], dropped: [], reworded: [], typedChanges: 0 };
    let d = diffPlans(chain[i - 1], plan), pick2 = (s) => d.clauses.filter((c) => c.status === s).map((c) => c.clause);
    return {
      plan: planHeader(plan),
      changed: pick2("changed"),
      added: pick2("only-right"),
      dropped: pick2("only-left"),
      reworded: pick2("reworded"),
      typedChanges: d.clauses.reduce((n, c) => n + c.changes.filter((ch) => ch.type !== "text").length, 0)
    };
  }), ids = new Set(chain.map((p) => p.id)), branches = [...catalog.values()].filter((p) => p.revises && ids.has(p.revises) && !ids.has(p.id)).map((p) => ({ id: p.id, revises: p.revises })).sort((a, b) => byCodeUnits(a.id, b.id));
  return {
    version: historyVersion,
    chain: chain.map((p) => p.id),
    steps,
    branches,
    ...missing ? { missing } : {}
  };
}

// src/load/api.ts
init_loadPlan();

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x.default : x;
}
var jsYaml = {}, loader = {}, common = {}, hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject > "u" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject == "object" && subject !== null;
  }
  function toArray(sequence) {
    return Array.isArray(sequence) ? sequence : isNothing(sequence) ? [] : [sequence];
  }
  function extend2(target, source2) {
    if (source2) {
      let sourceKeys = Object.keys(source2);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        let key = sourceKeys[index];
        target[key] = source2[key];
      }
    }
    return target;
  }
  function repeat(string3, count2) {
    let result = "";
    for (let cycle = 0; cycle < count2; cycle += 1)
      result += string3;
    return result;
  }
  function isNegativeZero(number3) {
    return number3 === 0 && Number.NEGATIVE_INFINITY === 1 / number3;
  }
  return common.isNothing = isNothing, common.isObject = isObject2, common.toArray = toArray, common.repeat = repeat, common.isNegativeZero = isNegativeZero, common.extend = extend2, common;
}
var exception, hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError2(exception2, compact) {
    let where = "", message = exception2.reason || "(unknown reason)";
    return exception2.mark ? (exception2.mark.name && (where += 'in "' + exception2.mark.name + '" '), where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")", !compact && exception2.mark.snippet && (where += `

` + exception2.mark.snippet), message + " " + where) : message;
  }
  function YAMLException2(reason, mark) {
    Error.call(this), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError2(this, !1), Error.captureStackTrace ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error().stack || "";
  }
  return YAMLException2.prototype = Object.create(Error.prototype), YAMLException2.prototype.constructor = YAMLException2, YAMLException2.prototype.toString = function(compact) {
    return this.name + ": " + formatError2(this, compact);
  }, exception = YAMLException2, exception;
}
var snippet, hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  let common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string3, max) {
    return common2.repeat(" ", max - string3.length) + string3;
  }
  function makeSnippet(mark, options) {
    if (options = Object.create(options || null), !mark.buffer) return null;
    options.maxLength || (options.maxLength = 79), typeof options.indent != "number" && (options.indent = 1), typeof options.linesBefore != "number" && (options.linesBefore = 3), typeof options.linesAfter != "number" && (options.linesAfter = 2);
    let re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match, foundLineNo = -1;
    for (; match = re.exec(mark.buffer); )
      lineEnds.push(match.index), lineStarts.push(match.index + match[0].length), mark.position <= match.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
    foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
    let result = "", lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length, maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore && !(foundLineNo - i < 0); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + `
` + result;
    }
    let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + `
`, result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + `^
`;
    for (let i = 1; i <= options.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + `
`;
    }
    return result.replace(/\n$/, "");
  }
  return snippet = makeSnippet, snippet;
}
var type, hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  let YAMLException2 = requireException(), TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ], YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    let result = {};
    return map2 !== null && Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    }), result;
  }
  function Type2(tag, options) {
    if (options = options || {}, Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1)
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }), this.options = options, this.tag = tag, this.kind = options.kind || null, this.resolve = options.resolve || function() {
      return !0;
    }, this.construct = options.construct || function(data) {
      return data;
    }, this.instanceOf = options.instanceOf || null, this.predicate = options.predicate || null, this.represent = options.represent || null, this.representName = options.representName || null, this.defaultStyle = options.defaultStyle || null, this.multi = options.multi || !1, this.styleAliases = compileStyleAliases(options.styleAliases || null), YAML_NODE_KINDS.indexOf(this.kind) === -1)
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
  return type = Type2, type;
}
var schema, hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  let YAMLException2 = requireException(), Type2 = requireType();
  function compileList(schema2, name) {
    let result = [];
    return schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi && (newIndex = previousIndex);
      }), result[newIndex] = currentType;
    }), result;
  }
  function compileMap() {
    let result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      type2.multi ? (result.multi[type2.kind].push(type2), result.multi.fallback.push(type2)) : result[type2.kind][type2.tag] = result.fallback[type2.tag] = type2;
    }
    for (let index = 0, length = arguments.length; index < length; index += 1)
      arguments[index].forEach(collectType);
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  return Schema2.prototype.extend = function(definition) {
    let implicit = [], explicit = [];
    if (definition instanceof Type2)
      explicit.push(definition);
    else if (Array.isArray(definition))
      explicit = explicit.concat(definition);
    else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit)))
      definition.implicit && (implicit = implicit.concat(definition.implicit)), definition.explicit && (explicit = explicit.concat(definition.explicit));
    else
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      if (type2.loadKind && type2.loadKind !== "scalar")
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      if (type2.multi)
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }), explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    });
    let result = Object.create(Schema2.prototype);
    return result.implicit = (this.implicit || []).concat(implicit), result.explicit = (this.explicit || []).concat(explicit), result.compiledImplicit = compileList(result, "implicit"), result.compiledExplicit = compileList(result, "explicit"), result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit), result;
  }, schema = Schema2, schema;
}
var str, hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  let Type2 = requireType();
  return str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  }), str;
}
var seq, hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  let Type2 = requireType();
  return seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  }), seq;
}
var map, hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  let Type2 = requireType();
  return map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  }), map;
}
var failsafe, hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  let Schema2 = requireSchema();
  return failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  }), failsafe;
}
var _null3, hasRequired_null;
function require_null2() {
  if (hasRequired_null) return _null3;
  hasRequired_null = 1;
  let Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return !0;
    let max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  return _null3 = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  }), _null3;
}
var bool, hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  let Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return !1;
    let max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  return bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  }), bool;
}
var int2, hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int2;
  hasRequiredInt = 1;
  let common2 = requireCommon(), Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return !1;
    let max = data.length, index = 0, hasDigits = !1;
    if (!max) return !1;
    let ch = data[index];
    if ((ch === "-" || ch === "+") && (ch = data[++index]), ch === "0") {
      if (index + 1 === max) return !0;
      if (ch = data[++index], ch === "b") {
        for (index++; index < max; index++) {
          if (ch = data[index], ch !== "0" && ch !== "1") return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        for (index++; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        for (index++; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index)))
        return !1;
      hasDigits = !0;
    }
    return hasDigits ? isFinite(parseYamlInteger(data)) : !1;
  }
  function parseYamlInteger(data) {
    let value = data, sign = 1, ch = value[0];
    if ((ch === "-" || ch === "+") && (ch === "-" && (sign = -1), value = value.slice(1), ch = value[0]), value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && object % 1 === 0 && !common2.isNegativeZero(object);
  }
  return int2 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  }), int2;
}
var float, hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  let common2 = requireCommon(), Type2 = requireType(), YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  ), YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    return data === null || !YAML_FLOAT_PATTERN.test(data) ? !1 : isFinite(parseFloat(data, 10)) ? !0 : YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
    return "+-".indexOf(value[0]) >= 0 && (value = value.slice(1)), value === ".inf" ? sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY : value === ".nan" ? NaN : sign * parseFloat(value, 10);
  }
  let SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object))
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    else if (Number.POSITIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    else if (Number.NEGATIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    else if (common2.isNegativeZero(object))
      return "-0.0";
    let res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  return float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  }), float;
}
var json, hasRequiredJson;
function requireJson() {
  return hasRequiredJson || (hasRequiredJson = 1, json = requireFailsafe().extend({
    implicit: [
      require_null2(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  })), json;
}
var core, hasRequiredCore;
function requireCore() {
  return hasRequiredCore || (hasRequiredCore = 1, core = requireJson()), core;
}
var timestamp, hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  let Type2 = requireType(), YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  ), YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    return data === null ? !1 : YAML_DATE_REGEXP.exec(data) !== null || YAML_TIMESTAMP_REGEXP.exec(data) !== null;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0, delta = null, match = YAML_DATE_REGEXP.exec(data);
    if (match === null && (match = YAML_TIMESTAMP_REGEXP.exec(data)), match === null) throw new Error("Date resolve error");
    let year = +match[1], month = +match[2] - 1, day = +match[3];
    if (!match[4])
      return new Date(Date.UTC(year, month, day));
    let hour = +match[4], minute = +match[5], second = +match[6];
    if (match[7]) {
      for (fraction = match[7].slice(0, 3); fraction.length < 3; )
        fraction += "0";
      fraction = +fraction;
    }
    if (match[9]) {
      let tzHour = +match[10], tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4, match[9] === "-" && (delta = -delta);
    }
    let date3 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    return delta && date3.setTime(date3.getTime() - delta), date3;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  return timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  }), timestamp;
}
var merge2, hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge2;
  hasRequiredMerge = 1;
  let Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  return merge2 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  }), merge2;
}
var binary, hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  let Type2 = requireType(), BASE64_MAP = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;
  function resolveYamlBinary(data) {
    if (data === null) return !1;
    let bitlen = 0, max = data.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      let code = map2.indexOf(data.charAt(idx));
      if (!(code > 64)) {
        if (code < 0) return !1;
        bitlen += 6;
      }
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    let input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
    for (let idx = 0; idx < max; idx++)
      idx % 4 === 0 && idx && (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)), bits = bits << 6 | map2.indexOf(input.charAt(idx));
    let tailbits = max % 4 * 6;
    return tailbits === 0 ? (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)) : tailbits === 18 ? (result.push(bits >> 10 & 255), result.push(bits >> 2 & 255)) : tailbits === 12 && result.push(bits >> 4 & 255), new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "", bits = 0, max = object.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++)
      idx % 3 === 0 && idx && (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]), bits = (bits << 8) + object[idx];
    let tail = max % 3;
    return tail === 0 ? (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]) : tail === 2 ? (result += map2[bits >> 10 & 63], result += map2[bits >> 4 & 63], result += map2[bits << 2 & 63], result += map2[64]) : tail === 1 && (result += map2[bits >> 2 & 63], result += map2[bits << 4 & 63], result += map2[64], result += map2[64]), result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  return binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  }), binary;
}
var omap, hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty, _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return !0;
    let objectKeys = {}, object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index], pairHasKey = !1;
      if (_toString.call(pair) !== "[object Object]") return !1;
      let pairKey;
      for (pairKey in pair)
        if (_hasOwnProperty.call(pair, pairKey))
          if (!pairHasKey) pairHasKey = !0;
          else return !1;
      if (!pairHasKey || _hasOwnProperty.call(objectKeys, pairKey)) return !1;
      Object.defineProperty(objectKeys, pairKey, { value: !0 });
    }
    return !0;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  return omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  }), omap;
}
var pairs, hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  let Type2 = requireType(), _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return !0;
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return !1;
      let keys = Object.keys(pair);
      if (keys.length !== 1) return !1;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return !0;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair = object[index], keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  return pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  }), pairs;
}
var set, hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return !0;
    let object = data;
    for (let key in object)
      if (_hasOwnProperty.call(object, key) && object[key] !== null)
        return !1;
    return !0;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  return set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  }), set;
}
var _default2, hasRequired_default;
function require_default() {
  return hasRequired_default || (hasRequired_default = 1, _default2 = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  })), _default2;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), makeSnippet = requireSnippet(), DEFAULT_SCHEMA2 = require_default(), _hasOwnProperty = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, CHOMPING_CLIP = 1, CHOMPING_STRIP = 2, CHOMPING_KEEP = 3, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57)
      return c - 48;
    let lc = c | 32;
    return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
  }
  function escapedHexLen(c) {
    return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
  }
  function fromDecimalCode(c) {
    return c >= 48 && c <= 57 ? c - 48 : -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return `
`;
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    key === "__proto__" ? Object.defineProperty(object, key, {
      configurable: !0,
      enumerable: !0,
      writable: !0,
      value
    }) : object[key] = value;
  }
  let simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++)
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
  function State(input, options) {
    this.input = input, this.filename = options.filename || null, this.schema = options.schema || DEFAULT_SCHEMA2, this.onWarning = options.onWarning || null, this.legacy = options.legacy || !1, this.json = options.json || !1, this.listener = options.listener || null, this.maxDepth = typeof options.maxDepth == "number" ? options.maxDepth : 100, this.maxTotalMergeKeys = typeof options.maxTotalMergeKeys == "number" ? options.maxTotalMergeKeys : 1e4, this.implicitTypes = this.schema.compiledImplicit, this.typeMap = this.schema.compiledTypeMap, this.length = input.length, this.position = 0, this.line = 0, this.lineStart = 0, this.lineIndent = 0, this.depth = 0, this.totalMergeKeys = 0, this.firstTabInLine = -1, this.documents = [], this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    let mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    return mark.snippet = makeSnippet(mark), new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    state.onWarning && state.onWarning.call(null, generateError(state, message));
  }
  function storeAnchor(state, name, value) {
    let transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      let transaction = transactions[transactions.length - 1];
      _hasOwnProperty.call(transaction, name) || (transaction[name] = {
        existed: _hasOwnProperty.call(state.anchorMap, name),
        value: state.anchorMap[name]
      });
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    let parent = transactions[transactions.length - 1], names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      let name = names[index];
      _hasOwnProperty.call(parent, name) || (parent[name] = transaction[name]);
    }
  }
  function rollbackAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      let entry = transaction[names[index]];
      entry.existed ? state.anchorMap[names[index]] = entry.value : delete state.anchorMap[names[index]];
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position, state.line = snapshot.line, state.lineStart = snapshot.lineStart, state.lineIndent = snapshot.lineIndent, state.firstTabInLine = snapshot.firstTabInLine, state.tag = snapshot.tag, state.anchor = snapshot.anchor, state.kind = snapshot.kind, state.result = snapshot.result;
  }
  let directiveHandlers = {
    YAML: function(state, name, args) {
      state.version !== null && throwError(state, "duplication of %YAML directive"), args.length !== 1 && throwError(state, "YAML directive accepts exactly one argument");
      let match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      match === null && throwError(state, "ill-formed argument of the YAML directive");
      let major = parseInt(match[1], 10), minor = parseInt(match[2], 10);
      major !== 1 && throwError(state, "unacceptable YAML version of the document"), state.version = args[0], state.checkLineBreaks = minor < 2, minor !== 1 && minor !== 2 && throwWarning(state, "unsupported YAML version of the document");
    },
    TAG: function(state, name, args) {
      let prefix;
      args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
      let handle = args[0];
      prefix = args[1], PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), _hasOwnProperty.call(state.tagMap, handle) && throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle'), PATTERN_TAG_URI.test(prefix) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      try {
        prefix = decodeURIComponent(prefix);
      } catch {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      let _result = state.input.slice(start, end);
      if (checkJson)
        for (let _position = 0, _length2 = _result.length; _position < _length2; _position += 1) {
          let _character = _result.charCodeAt(_position);
          _character === 9 || _character >= 32 && _character <= 1114111 || throwError(state, "expected valid JSON character");
        }
      else PATTERN_NON_PRINTABLE.test(_result) && throwError(state, "the stream contains non-printable characters");
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++, state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys && throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
  }
  function mergeMappings(state, destination, source2, overridableKeys) {
    common2.isObject(source2) || throwError(state, "cannot merge mappings; the provided source object is unacceptable"), chargeMergeWork(state);
    let sourceKeys = Object.keys(source2);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      let key = sourceKeys[index];
      chargeMergeWork(state), _hasOwnProperty.call(destination, key) || (setProperty(destination, key, source2[key]), overridableKeys[key] = !0);
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1)
        Array.isArray(keyNode[index]) && throwError(state, "nested arrays are not supported inside keys"), typeof keyNode == "object" && _class(keyNode[index]) === "[object Object]" && (keyNode[index] = "[object Object]");
    }
    if (typeof keyNode == "object" && _class(keyNode) === "[object Object]" && (keyNode = "[object Object]"), keyNode = String(keyNode), _result === null && (_result = {}), keyTag === "tag:yaml.org,2002:merge")
      if (Array.isArray(valueNode)) {
        valueNode.length > 100 && throwError(state, "abnormal merge sequence size");
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1)
          mergeMappings(state, _result, valueNode[index], overridableKeys);
      } else
        mergeMappings(state, _result, valueNode, overridableKeys);
    else
      !state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode) && (state.line = startLine || state.line, state.lineStart = startLineStart || state.lineStart, state.position = startPos || state.position, throwError(state, "duplicated mapping key")), setProperty(_result, keyNode, valueNode), delete overridableKeys[keyNode];
    return _result;
  }
  function readLineBreak(state) {
    let ch = state.input.charCodeAt(state.position);
    ch === 10 ? state.position++ : ch === 13 ? (state.position++, state.input.charCodeAt(state.position) === 10 && state.position++) : throwError(state, "a line break is expected"), state.line += 1, state.lineStart = state.position, state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0, ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      for (; isWhiteSpace(ch); )
        ch === 9 && state.firstTabInLine === -1 && (state.firstTabInLine = state.position), ch = state.input.charCodeAt(++state.position);
      if (allowComments && ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (ch !== 10 && ch !== 13 && ch !== 0);
      if (isEol(ch))
        for (readLineBreak(state), ch = state.input.charCodeAt(state.position), lineBreaks++, state.lineIndent = 0; ch === 32; )
          state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      else
        break;
    }
    return checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent && throwWarning(state, "deficient indentation"), lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position, ch = state.input.charCodeAt(_position);
    return !!((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2) && (_position += 3, ch = state.input.charCodeAt(_position), ch === 0 || isWsOrEol(ch)));
  }
  function writeFoldedLines(state, count2) {
    count2 === 1 ? state.result += " " : count2 > 1 && (state.result += common2.repeat(`
`, count2 - 1));
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
      return !1;
    if (ch === 63 || ch === 45) {
      let following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
        return !1;
    }
    for (state.kind = "scalar", state.result = "", captureStart = captureEnd = state.position, hasPendingContent = !1; ch !== 0; ) {
      if (ch === 58) {
        let following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
          break;
      } else if (ch === 35) {
        let preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding))
          break;
      } else {
        if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch))
          break;
        if (isEol(ch))
          if (_line = state.line, _lineStart = state.lineStart, _lineIndent = state.lineIndent, skipSeparationSpace(state, !1, -1), state.lineIndent >= nodeIndent) {
            hasPendingContent = !0, ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd, state.line = _line, state.lineStart = _lineStart, state.lineIndent = _lineIndent;
            break;
          }
      }
      hasPendingContent && (captureSegment(state, captureStart, captureEnd, !1), writeFoldedLines(state, state.line - _line), captureStart = captureEnd = state.position, hasPendingContent = !1), isWhiteSpace(ch) || (captureEnd = state.position + 1), ch = state.input.charCodeAt(++state.position);
    }
    return captureSegment(state, captureStart, captureEnd, !1), state.result ? !0 : (state.kind = _kind, state.result = _result, !1);
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, ch = state.input.charCodeAt(state.position);
    if (ch !== 39)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; )
      if (ch === 39)
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), ch === 39)
          captureStart = state.position, state.position++, captureEnd = state.position;
        else
          return !0;
      else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a single quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, tmp, ch = state.input.charCodeAt(state.position);
    if (ch !== 34)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; ) {
      if (ch === 34)
        return captureSegment(state, captureStart, state.position, !0), state.position++, !0;
      if (ch === 92) {
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), isEol(ch))
          skipSeparationSpace(state, !1, nodeIndent);
        else if (ch < 256 && simpleEscapeCheck[ch])
          state.result += simpleEscapeMap[ch], state.position++;
        else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp, hexResult = 0;
          for (; hexLength > 0; hexLength--)
            ch = state.input.charCodeAt(++state.position), (tmp = fromHexCode(ch)) >= 0 ? hexResult = (hexResult << 4) + tmp : throwError(state, "expected hexadecimal character");
          state.result += charFromCodepoint(hexResult), state.position++;
        } else
          throwError(state, "unknown escape sequence");
        captureStart = captureEnd = state.position;
      } else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a double quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = !0, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, terminator, isPair, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch = state.input.charCodeAt(state.position);
    if (ch === 91)
      terminator = 93, isMapping = !1, _result = [];
    else if (ch === 123)
      terminator = 125, isMapping = !0, _result = {};
    else
      return !1;
    for (state.anchor !== null && storeAnchor(state, state.anchor, _result), ch = state.input.charCodeAt(++state.position); ch !== 0; ) {
      if (skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === terminator)
        return state.position++, state.tag = _tag, state.anchor = _anchor, state.kind = isMapping ? "mapping" : "sequence", state.result = _result, !0;
      if (readNext ? ch === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries"), keyTag = keyNode = valueNode = null, isPair = isExplicitPair = !1, ch === 63) {
        let following = state.input.charCodeAt(state.position + 1);
        isWsOrEol(following) && (isPair = isExplicitPair = !0, state.position++, skipSeparationSpace(state, !0, nodeIndent));
      }
      _line = state.line, _lineStart = state.lineStart, _pos = state.position, composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), keyTag = state.tag, keyNode = state.result, skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), (isExplicitPair || state.line === _line) && ch === 58 && (isPair = !0, ch = state.input.charCodeAt(++state.position), skipSeparationSpace(state, !0, nodeIndent), composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), valueNode = state.result), isMapping ? storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos) : isPair ? _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)) : _result.push(keyNode), skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === 44 ? (readNext = !0, ch = state.input.charCodeAt(++state.position)) : readNext = !1;
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding, chomping = CHOMPING_CLIP, didReadContent = !1, detectedIndent = !1, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = !1, tmp, ch = state.input.charCodeAt(state.position);
    if (ch === 124)
      folding = !1;
    else if (ch === 62)
      folding = !0;
    else
      return !1;
    for (state.kind = "scalar", state.result = ""; ch !== 0; )
      if (ch = state.input.charCodeAt(++state.position), ch === 43 || ch === 45)
        CHOMPING_CLIP === chomping ? chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP : throwError(state, "repeat of a chomping mode identifier");
      else if ((tmp = fromDecimalCode(ch)) >= 0)
        tmp === 0 ? throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one") : detectedIndent ? throwError(state, "repeat of an indentation width identifier") : (textIndent = nodeIndent + tmp - 1, detectedIndent = !0);
      else
        break;
    if (isWhiteSpace(ch)) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (isWhiteSpace(ch));
      if (ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (!isEol(ch) && ch !== 0);
    }
    for (; ch !== 0; ) {
      for (readLineBreak(state), state.lineIndent = 0, ch = state.input.charCodeAt(state.position); (!detectedIndent || state.lineIndent < textIndent) && ch === 32; )
        state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      if (!detectedIndent && state.lineIndent > textIndent && (textIndent = state.lineIndent), isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0 && throwError(state, "missing indentation for block scalar"), state.lineIndent < textIndent) {
        chomping === CHOMPING_KEEP ? state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines) : chomping === CHOMPING_CLIP && didReadContent && (state.result += `
`);
        break;
      }
      folding ? isWhiteSpace(ch) ? (atMoreIndented = !0, state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, state.result += common2.repeat(`
`, emptyLines + 1)) : emptyLines === 0 ? didReadContent && (state.result += " ") : state.result += common2.repeat(`
`, emptyLines) : state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines), didReadContent = !0, detectedIndent = !0, emptyLines = 0;
      let captureStart = state.position;
      for (; !isEol(ch) && ch !== 0; )
        ch = state.input.charCodeAt(++state.position);
      captureSegment(state, captureStart, state.position, !1);
    }
    return !0;
  }
  function readBlockSequence(state, nodeIndent) {
    let _tag = state.tag, _anchor = state.anchor, _result = [], detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0 && (state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation")), ch === 45); ) {
      let following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following))
        break;
      if (detected = !0, state.position++, skipSeparationSpace(state, !0, -1) && state.lineIndent <= nodeIndent) {
        _result.push(null), ch = state.input.charCodeAt(state.position);
        continue;
      }
      let _line = state.line;
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), _result.push(state.result), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a sequence entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return detected ? (state.tag = _tag, state.anchor = _anchor, state.kind = "sequence", state.result = _result, !0) : !1;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = !1, detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      !atExplicitKey && state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
      let following = state.input.charCodeAt(state.position + 1), _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following))
        ch === 63 ? (atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !0, allowCompact = !0) : atExplicitKey ? (atExplicitKey = !1, allowCompact = !0) : throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"), state.position += 1, ch = following;
      else {
        if (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position, !composeNode(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0))
          break;
        if (state.line === _line) {
          for (ch = state.input.charCodeAt(state.position); isWhiteSpace(ch); )
            ch = state.input.charCodeAt(++state.position);
          if (ch === 58)
            ch = state.input.charCodeAt(++state.position), isWsOrEol(ch) || throwError(state, "a whitespace character is expected after the key-value separator within a block mapping"), atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !1, allowCompact = !1, keyTag = state.tag, keyNode = state.result;
          else if (detected)
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          else
            return state.tag = _tag, state.anchor = _anchor, !0;
        } else if (detected)
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        else
          return state.tag = _tag, state.anchor = _anchor, !0;
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && (atExplicitKey && (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position), composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, allowCompact) && (atExplicitKey ? keyNode = state.result : valueNode = state.result), atExplicitKey || (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position)), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a mapping entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return atExplicitKey && storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), detected && (state.tag = _tag, state.anchor = _anchor, state.kind = "mapping", state.result = _result), detected;
  }
  function readTagProperty(state) {
    let isVerbatim = !1, isNamed = !1, tagHandle, tagName, ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return !1;
    state.tag !== null && throwError(state, "duplication of a tag property"), ch = state.input.charCodeAt(++state.position), ch === 60 ? (isVerbatim = !0, ch = state.input.charCodeAt(++state.position)) : ch === 33 ? (isNamed = !0, tagHandle = "!!", ch = state.input.charCodeAt(++state.position)) : tagHandle = "!";
    let _position = state.position;
    if (isVerbatim) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (ch !== 0 && ch !== 62);
      state.position < state.length ? (tagName = state.input.slice(_position, state.position), ch = state.input.charCodeAt(++state.position)) : throwError(state, "unexpected end of the stream within a verbatim tag");
    } else {
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch === 33 && (isNamed ? throwError(state, "tag suffix cannot contain exclamation marks") : (tagHandle = state.input.slice(_position - 1, state.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state, "named tag handle cannot contain such characters"), isNamed = !0, _position = state.position + 1)), ch = state.input.charCodeAt(++state.position);
      tagName = state.input.slice(_position, state.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state, "tag suffix cannot contain flow indicator characters");
    }
    tagName && !PATTERN_TAG_URI.test(tagName) && throwError(state, "tag name cannot contain such characters: " + tagName);
    try {
      tagName = decodeURIComponent(tagName);
    } catch {
      throwError(state, "tag name is malformed: " + tagName);
    }
    return isVerbatim ? state.tag = tagName : _hasOwnProperty.call(state.tagMap, tagHandle) ? state.tag = state.tagMap[tagHandle] + tagName : tagHandle === "!" ? state.tag = "!" + tagName : tagHandle === "!!" ? state.tag = "tag:yaml.org,2002:" + tagName : throwError(state, 'undeclared tag handle "' + tagHandle + '"'), !0;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return !1;
    state.anchor !== null && throwError(state, "duplication of an anchor property"), ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    return state.position === _position && throwError(state, "name of an anchor node must contain at least one character"), state.anchor = state.input.slice(_position, state.position), !0;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return !1;
    ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    state.position === _position && throwError(state, "name of an alias node must contain at least one character");
    let alias = state.input.slice(_position, state.position);
    return _hasOwnProperty.call(state.anchorMap, alias) || throwError(state, 'unidentified alias "' + alias + '"'), state.result = state.anchorMap[alias], skipSeparationSpace(state, !0, -1), !0;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    let fallbackState = snapshotState(state);
    return beginAnchorTransaction(state), restoreState(state, propertyStart), state.tag = null, state.anchor = null, state.kind = null, state.result = null, readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping" ? (commitAnchorTransaction(state), !0) : (rollbackAnchorTransaction(state), restoreState(state, fallbackState), !1);
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, type2, flowIndent, blockIndent;
    state.depth >= state.maxDepth && throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")"), state.depth += 1, state.listener !== null && state.listener("open", state), state.tag = null, state.anchor = null, state.kind = null, state.result = null;
    let allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek && skipSeparationSpace(state, !0, -1) && (atNewLine = !0, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)), indentStatus === 1)
      for (; ; ) {
        let ch = state.input.charCodeAt(state.position), propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null) || !readTagProperty(state) && !readAnchorProperty(state))
          break;
        propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state, !0, -1) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)) : allowBlockCollections = !1;
      }
    if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext)
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext ? flowIndent = parentIndent : flowIndent = parentIndent + 1, blockIndent = state.position - state.lineStart, indentStatus === 1)
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent))
          hasContent = !0;
        else {
          let ch = state.input.charCodeAt(state.position);
          propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          ) || allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent) ? hasContent = !0 : readAlias(state) ? (hasContent = !0, (state.tag !== null || state.anchor !== null) && throwError(state, "alias node should not have any properties")) : readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext) && (hasContent = !0, state.tag === null && (state.tag = "?")), state.anchor !== null && storeAnchor(state, state.anchor, state.result);
        }
      else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state, blockIndent));
    if (state.tag === null)
      state.anchor !== null && storeAnchor(state, state.anchor, state.result);
    else if (state.tag === "?") {
      state.result !== null && state.kind !== "scalar" && throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1)
        if (type2 = state.implicitTypes[typeIndex], type2.resolve(state.result)) {
          state.result = type2.construct(state.result), state.tag = type2.tag, state.anchor !== null && storeAnchor(state, state.anchor, state.result);
          break;
        }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag))
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      else {
        type2 = null;
        let typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1)
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
      }
      type2 || throwError(state, "unknown tag !<" + state.tag + ">"), state.result !== null && type2.kind !== state.kind && throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"'), type2.resolve(state.result, state.tag) ? (state.result = type2.construct(state.result, state.tag), state.anchor !== null && storeAnchor(state, state.anchor, state.result)) : throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    }
    return state.listener !== null && state.listener("close", state), state.depth -= 1, state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    let documentStart = state.position, hasDirectives = !1, ch;
    for (state.version = null, state.checkLineBreaks = state.legacy, state.tagMap = /* @__PURE__ */ Object.create(null), state.anchorMap = /* @__PURE__ */ Object.create(null); (ch = state.input.charCodeAt(state.position)) !== 0 && (skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), !(state.lineIndent > 0 || ch !== 37)); ) {
      hasDirectives = !0, ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch = state.input.charCodeAt(++state.position);
      let directiveName = state.input.slice(_position, state.position), directiveArgs = [];
      for (directiveName.length < 1 && throwError(state, "directive name must not be less than one character in length"); ch !== 0; ) {
        for (; isWhiteSpace(ch); )
          ch = state.input.charCodeAt(++state.position);
        if (ch === 35) {
          do
            ch = state.input.charCodeAt(++state.position);
          while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        for (_position = state.position; ch !== 0 && !isWsOrEol(ch); )
          ch = state.input.charCodeAt(++state.position);
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      ch !== 0 && readLineBreak(state), _hasOwnProperty.call(directiveHandlers, directiveName) ? directiveHandlers[directiveName](state, directiveName, directiveArgs) : throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
    if (skipSeparationSpace(state, !0, -1), state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 ? (state.position += 3, skipSeparationSpace(state, !0, -1)) : hasDirectives && throwError(state, "directives end mark is expected"), composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, !0), skipSeparationSpace(state, !0, -1), state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position)) && throwWarning(state, "non-ASCII line breaks are interpreted as content"), state.documents.push(state.result), state.position === state.lineStart && testDocumentSeparator(state)) {
      state.input.charCodeAt(state.position) === 46 && (state.position += 3, skipSeparationSpace(state, !0, -1));
      return;
    }
    state.position < state.length - 1 && throwError(state, "end of the stream or a document separator is expected");
  }
  function loadDocuments(input, options) {
    input = String(input), options = options || {}, input.length !== 0 && (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13 && (input += `
`), input.charCodeAt(0) === 65279 && (input = input.slice(1)));
    let state = new State(input, options), nullpos = input.indexOf("\0");
    for (nullpos !== -1 && (state.position = nullpos, throwError(state, "null byte is not allowed in input")), state.input += "\0"; state.input.charCodeAt(state.position) === 32; )
      state.lineIndent += 1, state.position += 1;
    for (; state.position < state.length - 1; )
      readDocument(state);
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    iterator !== null && typeof iterator == "object" && typeof options > "u" && (options = iterator, iterator = null);
    let documents = loadDocuments(input, options);
    if (typeof iterator != "function")
      return documents;
    for (let index = 0, length = documents.length; index < length; index += 1)
      iterator(documents[index]);
  }
  function load2(input, options) {
    let documents = loadDocuments(input, options);
    if (documents.length !== 0) {
      if (documents.length === 1)
        return documents[0];
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
  }
  return loader.loadAll = loadAll2, loader.load = load2, loader;
}
var dumper = {}, hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), DEFAULT_SCHEMA2 = require_default(), _toString = Object.prototype.toString, _hasOwnProperty = Object.prototype.hasOwnProperty, CHAR_BOM = 65279, CHAR_TAB = 9, CHAR_LINE_FEED = 10, CHAR_CARRIAGE_RETURN = 13, CHAR_SPACE = 32, CHAR_EXCLAMATION = 33, CHAR_DOUBLE_QUOTE = 34, CHAR_SHARP = 35, CHAR_PERCENT = 37, CHAR_AMPERSAND = 38, CHAR_SINGLE_QUOTE = 39, CHAR_ASTERISK = 42, CHAR_COMMA = 44, CHAR_MINUS = 45, CHAR_COLON = 58, CHAR_EQUALS = 61, CHAR_GREATER_THAN = 62, CHAR_QUESTION = 63, CHAR_COMMERCIAL_AT = 64, CHAR_LEFT_SQUARE_BRACKET = 91, CHAR_RIGHT_SQUARE_BRACKET = 93, CHAR_GRAVE_ACCENT = 96, CHAR_LEFT_CURLY_BRACKET = 123, CHAR_VERTICAL_LINE = 124, CHAR_RIGHT_CURLY_BRACKET = 125, ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0", ESCAPE_SEQUENCES[7] = "\\a", ESCAPE_SEQUENCES[8] = "\\b", ESCAPE_SEQUENCES[9] = "\\t", ESCAPE_SEQUENCES[10] = "\\n", ESCAPE_SEQUENCES[11] = "\\v", ESCAPE_SEQUENCES[12] = "\\f", ESCAPE_SEQUENCES[13] = "\\r", ESCAPE_SEQUENCES[27] = "\\e", ESCAPE_SEQUENCES[34] = '\\"', ESCAPE_SEQUENCES[92] = "\\\\", ESCAPE_SEQUENCES[133] = "\\N", ESCAPE_SEQUENCES[160] = "\\_", ESCAPE_SEQUENCES[8232] = "\\L", ESCAPE_SEQUENCES[8233] = "\\P";
  let DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ], DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    let result = {}, keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index], style = String(map2[tag]);
      tag.slice(0, 2) === "!!" && (tag = "tag:yaml.org,2002:" + tag.slice(2));
      let type2 = schema2.compiledTypeMap.fallback[tag];
      type2 && _hasOwnProperty.call(type2.styleAliases, style) && (style = type2.styleAliases[style]), result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle, length, string3 = character.toString(16).toUpperCase();
    if (character <= 255)
      handle = "x", length = 2;
    else if (character <= 65535)
      handle = "u", length = 4;
    else if (character <= 4294967295)
      handle = "U", length = 8;
    else
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    return "\\" + handle + common2.repeat("0", length - string3.length) + string3;
  }
  let QUOTING_TYPE_SINGLE = 1, QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options.schema || DEFAULT_SCHEMA2, this.indent = Math.max(1, options.indent || 2), this.noArrayIndent = options.noArrayIndent || !1, this.skipInvalid = options.skipInvalid || !1, this.flowLevel = common2.isNothing(options.flowLevel) ? -1 : options.flowLevel, this.styleMap = compileStyleMap(this.schema, options.styles || null), this.sortKeys = options.sortKeys || !1, this.lineWidth = options.lineWidth || 80, this.noRefs = options.noRefs || !1, this.noCompatMode = options.noCompatMode || !1, this.condenseFlow = options.condenseFlow || !1, this.quotingType = options.quotingType === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE, this.forceQuotes = options.forceQuotes || !1, this.replacer = typeof options.replacer == "function" ? options.replacer : null, this.implicitTypes = this.schema.compiledImplicit, this.explicitTypes = this.schema.compiledExplicit, this.tag = null, this.result = "", this.duplicates = [], this.usedDuplicates = null;
  }
  function indentString(string3, spaces) {
    let ind = common2.repeat(" ", spaces), position = 0, result = "", length = string3.length;
    for (; position < length; ) {
      let line, next = string3.indexOf(`
`, position);
      next === -1 ? (line = string3.slice(position), position = length) : (line = string3.slice(position, next + 1), position = next + 1), line.length && line !== `
` && (result += ind), result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return `
` + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1)
      if (state.implicitTypes[index].resolve(str2))
        return !0;
    return !1;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    let cIsNsCharOrWhitespace = isNsCharOrWhitespace(c), cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string3, pos) {
    let first = string3.charCodeAt(pos), second;
    return first >= 55296 && first <= 56319 && pos + 1 < string3.length && (second = string3.charCodeAt(pos + 1), second >= 56320 && second <= 57343) ? (first - 55296) * 1024 + second - 56320 + 65536 : first;
  }
  function needIndentIndicator(string3) {
    return /^\n* /.test(string3);
  }
  let STYLE_PLAIN = 1, STYLE_SINGLE = 2, STYLE_LITERAL = 3, STYLE_FOLDED = 4, STYLE_DOUBLE = 5;
  function chooseScalarStyle(string3, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i, char = 0, prevChar = null, hasLineBreak = !1, hasFoldableLine = !1, shouldTrackWidth = lineWidth !== -1, previousLineBreak = -1, plain2 = isPlainSafeFirst(codePointAt(string3, 0)) && isPlainSafeLast(codePointAt(string3, string3.length - 1));
    if (singleLineOnly || forceQuotes)
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string3, i), !isPrintable(char))
          return STYLE_DOUBLE;
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
    else {
      for (i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string3, i), char === CHAR_LINE_FEED)
          hasLineBreak = !0, shouldTrackWidth && (hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ", previousLineBreak = i);
        else if (!isPrintable(char))
          return STYLE_DOUBLE;
        plain2 = plain2 && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string3[previousLineBreak + 1] !== " ";
    }
    return !hasLineBreak && !hasFoldableLine ? plain2 && !forceQuotes && !testAmbiguousType(string3) ? STYLE_PLAIN : quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : indentPerLevel > 9 && needIndentIndicator(string3) ? STYLE_DOUBLE : forceQuotes ? quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  function writeScalar(state, string3, level, iskey, inblock) {
    state.dump = (function() {
      if (string3.length === 0)
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      if (!state.noCompatMode && (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string3) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string3)))
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string3 + '"' : "'" + string3 + "'";
      let indent = state.indent * Math.max(1, level), lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent), singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string22) {
        return testImplicitResolving(state, string22);
      }
      switch (chooseScalarStyle(
        string3,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string3;
        case STYLE_SINGLE:
          return "'" + string3.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(string3, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string3, state.indent) + dropEndingNewline(indentString(foldString(string3, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string3) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string3, indentPerLevel) {
    let indentIndicator = needIndentIndicator(string3) ? String(indentPerLevel) : "", clip2 = string3[string3.length - 1] === `
`, chomp = clip2 && (string3[string3.length - 2] === `
` || string3 === `
`) ? "+" : clip2 ? "" : "-";
    return indentIndicator + chomp + `
`;
  }
  function dropEndingNewline(string3) {
    return string3[string3.length - 1] === `
` ? string3.slice(0, -1) : string3;
  }
  function foldString(string3, width) {
    let lineRe = /(\n+)([^\n]*)/g, result = (function() {
      let nextLF = string3.indexOf(`
`);
      return nextLF = nextLF !== -1 ? nextLF : string3.length, lineRe.lastIndex = nextLF, foldLine(string3.slice(0, nextLF), width);
    })(), prevMoreIndented = string3[0] === `
` || string3[0] === " ", moreIndented, match;
    for (; match = lineRe.exec(string3); ) {
      let prefix = match[1], line = match[2];
      moreIndented = line[0] === " ", result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    let breakRe = / [^ ]/g, match, start = 0, end, curr = 0, next = 0, result = "";
    for (; match = breakRe.exec(line); )
      next = match.index, next - start > width && (end = curr > start ? curr : next, result += `
` + line.slice(start, end), start = end + 1), curr = next;
    return result += `
`, line.length - start > width && curr > start ? result += line.slice(start, curr) + `
` + line.slice(curr + 1) : result += line.slice(start), result.slice(1);
  }
  function escapeString(string3) {
    let result = "", char = 0;
    for (let i = 0; i < string3.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string3, i);
      let escapeSeq = ESCAPE_SEQUENCES[char];
      !escapeSeq && isPrintable(char) ? (result += string3[i], char >= 65536 && (result += string3[i + 1])) : result += escapeSeq || encodeHex(char);
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level, value, !1, !1) || typeof value > "u" && writeNode(state, level, null, !1, !1)) && (_result !== "" && (_result += "," + (state.condenseFlow ? "" : " ")), _result += state.dump);
    }
    state.tag = _tag, state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level + 1, value, !0, !0, !1, !0) || typeof value > "u" && writeNode(state, level + 1, null, !0, !0, !1, !0)) && ((!compact || _result !== "") && (_result += generateNextLine(state, level)), state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? _result += "-" : _result += "- ", _result += state.dump);
    }
    state.tag = _tag, state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      _result !== "" && (pairBuffer += ", "), state.condenseFlow && (pairBuffer += '"');
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), writeNode(state, level, objectKey, !1, !1) && (state.dump.length > 1024 && (pairBuffer += "? "), pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " "), writeNode(state, level, objectValue, !1, !1) && (pairBuffer += state.dump, _result += pairBuffer));
    }
    state.tag = _tag, state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    if (state.sortKeys === !0)
      objectKeyList.sort();
    else if (typeof state.sortKeys == "function")
      objectKeyList.sort(state.sortKeys);
    else if (state.sortKeys)
      throw new YAMLException2("sortKeys must be a boolean or a function");
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      (!compact || _result !== "") && (pairBuffer += generateNextLine(state, level));
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      if (state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), !writeNode(state, level + 1, objectKey, !0, !0, !0))
        continue;
      let explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      explicitPair && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += "?" : pairBuffer += "? "), pairBuffer += state.dump, explicitPair && (pairBuffer += generateNextLine(state, level)), writeNode(state, level + 1, objectValue, !0, explicitPair) && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += ":" : pairBuffer += ": ", pairBuffer += state.dump, _result += pairBuffer);
    }
    state.tag = _tag, state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    let typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      let type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object == "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit ? type2.multi && type2.representName ? state.tag = type2.representName(object) : state.tag = type2.tag : state.tag = "?", type2.represent) {
          let style = state.styleMap[type2.tag] || type2.defaultStyle, _result;
          if (_toString.call(type2.represent) === "[object Function]")
            _result = type2.represent(object, style);
          else if (_hasOwnProperty.call(type2.represent, style))
            _result = type2.represent[style](object, style);
          else
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          state.dump = _result;
        }
        return !0;
      }
    }
    return !1;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null, state.dump = object, detectType(state, object, !1) || detectType(state, object, !0);
    let type2 = _toString.call(state.dump), inblock = block;
    block && (block = state.flowLevel < 0 || state.flowLevel > level);
    let objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
    if (objectOrArray && (duplicateIndex = state.duplicates.indexOf(object), duplicate = duplicateIndex !== -1), (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) && (compact = !1), duplicate && state.usedDuplicates[duplicateIndex])
      state.dump = "*ref_" + duplicateIndex;
    else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex] && (state.usedDuplicates[duplicateIndex] = !0), type2 === "[object Object]")
        block && Object.keys(state.dump).length !== 0 ? (writeBlockMapping(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowMapping(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object Array]")
        block && state.dump.length !== 0 ? (state.noArrayIndent && !isblockseq && level > 0 ? writeBlockSequence(state, level - 1, state.dump, compact) : writeBlockSequence(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowSequence(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object String]")
        state.tag !== "?" && writeScalar(state, state.dump, level, iskey, inblock);
      else {
        if (type2 === "[object Undefined]")
          return !1;
        if (state.skipInvalid) return !1;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        state.tag[0] === "!" ? tagStr = "!" + tagStr : tagStr.slice(0, 18) === "tag:yaml.org,2002:" ? tagStr = "!!" + tagStr.slice(18) : tagStr = "!<" + tagStr + ">", state.dump = tagStr + " " + state.dump;
      }
    }
    return !0;
  }
  function getDuplicateReferences(object, state) {
    let objects = [], duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    let length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1)
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object == "object") {
      let index = objects.indexOf(object);
      if (index !== -1)
        duplicatesIndexes.indexOf(index) === -1 && duplicatesIndexes.push(index);
      else if (objects.push(object), Array.isArray(object))
        for (let i = 0, length = object.length; i < length; i += 1)
          inspectNode(object[i], objects, duplicatesIndexes);
      else {
        let objectKeyList = Object.keys(object);
        for (let i = 0, length = objectKeyList.length; i < length; i += 1)
          inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    let state = new State(options);
    state.noRefs || getDuplicateReferences(input, state);
    let value = input;
    return state.replacer && (value = state.replacer.call({ "": value }, "", value)), writeNode(state, 0, value, !0, !0) ? state.dump + `
` : "";
  }
  return dumper.dump = dump2, dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  let loader2 = requireLoader(), dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  return jsYaml.Type = requireType(), jsYaml.Schema = requireSchema(), jsYaml.FAILSAFE_SCHEMA = requireFailsafe(), jsYaml.JSON_SCHEMA = requireJson(), jsYaml.CORE_SCHEMA = requireCore(), jsYaml.DEFAULT_SCHEMA = require_default(), jsYaml.load = loader2.load, jsYaml.loadAll = loader2.loadAll, jsYaml.dump = dumper2.dump, jsYaml.YAMLException = requireException(), jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null2(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  }, jsYaml.safeLoad = renamed("safeLoad", "load"), jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll"), jsYaml.safeDump = renamed("safeDump", "dump"), jsYaml;
}
var jsYamlExports = requireJsYaml(), yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports), {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/load/quick.ts
init_plan();
init_checks3();
init_result();
init_text();
var quickMaxBytes = 64 * 1024, unusualCharacter = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to find them
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/
);
function needsLocatedParser(text) {
  if (text.includes("	") || text.includes("\r") || text.includes(`\\
`)) return !0;
  for (let ch of ["&", "*", "?"])
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
      let before = i === 0 ? `
` : text[i - 1];
      if (!/[\s[{,]/.test(before)) continue;
      if (ch !== "?") return !0;
      let after = text[i + 1];
      if (after === void 0 || /\s/.test(after)) return !0;
    }
  return text.includes("0b") && /(?:^|[\s[{,:-])[-+]?0b/m.test(text) ? !0 : hasMultiLineQuotedScalar(text);
}
function hasMultiLineQuotedScalar(text) {
  let quote = /["']/g;
  for (let m = quote.exec(text); m; m = quote.exec(text)) {
    let start = text.lastIndexOf(`
`, m.index) + 1, end = text.indexOf(`
`, m.index);
    end < 0 && (end = text.length);
    let prev = "";
    for (let i = start; i < end; i++) {
      let c = text[i];
      if (c === "#" && (i === start || text[i - 1] === " ")) break;
      if ((c === '"' || c === "'") && (prev === "" || ":-[{,?".includes(prev))) {
        let j = i + 1;
        for (; j < end; j++)
          if (c === '"' && text[j] === "\\") j++;
          else if (text[j] === c)
            if (c === "'" && text[j + 1] === "'") j++;
            else break;
        if (j >= end) return !0;
        i = j, prev = c;
      } else c !== " " && (prev = c);
    }
    quote.lastIndex = end;
  }
  return !1;
}
var coreNonString = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function stringKey(k) {
  return k !== "" && k !== "Infinity" && k !== "-Infinity" && k !== "NaN" && !coreNonString.test(k);
}
function keysArePlainStrings(value, depth = 0) {
  if (depth > 64) return !1;
  if (Array.isArray(value)) {
    for (let v of value) if (!keysArePlainStrings(v, depth + 1)) return !1;
  } else if (value !== null && typeof value == "object") {
    if (Object.getPrototypeOf(value) !== Object.prototype) return !1;
    for (let k of Object.keys(value))
      if (!stringKey(k) || !keysArePlainStrings(value[k], depth + 1)) return !1;
  }
  return !0;
}
function tryQuick(bytes, file, options = {}) {
  if (bytes.length > quickMaxBytes) return;
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.includes("\uFFFD")) return;
  text.charCodeAt(0) === 65279 && (text = text.slice(1));
  let unusual = unusualCharacter.test(text);
  if (unusual && forbiddenCharacter.test(text) || needsLocatedParser(text)) return;
  let raw;
  try {
    raw = load(text, { schema: CORE_SCHEMA, json: !1 });
  } catch {
    return;
  }
  if (!keysArePlainStrings(raw)) return;
  let parsed = parsePlan(raw);
  if (!parsed.success) return;
  let controls = text.includes("\\") || unusual && controlCharacters.test(text);
  if (!(checkPlan(raw, options.expectedId, { controlCharacters: controls }).length > 0))
    return { file, plan: parsed.data, diagnostics: [], meta: metaOf(raw) };
}

// src/load/api.ts
function loadPlan(source2, options = {}) {
  let bytes = typeof source2 == "string" ? new TextEncoder().encode(source2) : source2, { file = "<input>", ...rest } = options;
  return tryQuick(bytes, file, rest) ?? loadPlanBytes(bytes, file, rest);
}

// src/load/corpus.ts
init_suggest();
function at(node2, field, severity, code, message) {
  return { file: node2.file, path: [field], severity, code, message };
}
function checkCorpus(entries, otherIds) {
  let out = [], nodes = entries.flatMap(
    ({ file, meta: meta2 }) => meta2.id === void 0 ? [] : [
      {
        file,
        id: meta2.id,
        ...meta2.revises ? { revises: meta2.revises } : {},
        ...meta2.date ? { date: meta2.date } : {},
        ...meta2.reaffirms ? { reaffirms: meta2.reaffirms } : {},
        ...meta2.proposed_by ? { proposedBy: meta2.proposed_by } : {}
      }
    ]
  ), byId = /* @__PURE__ */ new Map();
  for (let n of nodes) {
    let first = byId.get(n.id);
    first ? out.push(at(n, "id", "error", "duplicate-id", `id "${n.id}" is already used by ${first.file}`)) : byId.set(n.id, n);
  }
  let known = /* @__PURE__ */ new Set([...byId.keys(), ...otherIds]);
  for (let n of nodes) {
    if (!n.revises || byId.get(n.id) !== n) continue;
    if (!known.has(n.revises)) {
      let near = closest(n.revises, known), hint = near.length ? ` \u2014 did you mean "${near[0]}"?` : "";
      out.push(
        at(
          n,
          "revises",
          "error",
          "unknown-revises",
          `revises "${n.revises}", which is not a known plan${hint}`
        )
      );
      continue;
    }
    let target = byId.get(n.revises);
    target?.date && n.date && target.date > n.date && out.push(
      at(
        n,
        "revises",
        "warning",
        "revises-newer",
        `revises "${n.revises}", dated ${target.date}, after this plan (${n.date})`
      )
    );
  }
  let settled = /* @__PURE__ */ new Set();
  for (let start of byId.values()) {
    let path = [], onPath = /* @__PURE__ */ new Set(), cur = start;
    for (; cur && !settled.has(cur.id); ) {
      if (onPath.has(cur.id)) {
        let cycle = path.slice(path.findIndex((p) => p.id === cur.id)), names = [...cycle.map((p) => p.id), cur.id].join(" \u2192 ");
        for (let member of cycle)
          out.push(at(member, "revises", "error", "revises-cycle", `revises forms a cycle: ${names}`));
        break;
      }
      onPath.add(cur.id), path.push(cur), cur = cur.revises ? byId.get(cur.revises) : void 0;
    }
    for (let p of path) settled.add(p.id);
  }
  return checkReaffirmations(nodes, byId, known, out), out;
}
function checkReaffirmations(nodes, byId, known, out) {
  for (let n of nodes)
    !n.reaffirms || byId.get(n.id) !== n || n.reaffirms.forEach((id, i) => {
      let finding = (code, message) => ({
        file: n.file,
        path: ["reaffirms", i, "plan"],
        severity: "error",
        code,
        message
      });
      if (!known.has(id)) {
        let near = closest(id, known);
        out.push(
          finding(
            "unknown-reaffirms",
            `reaffirms "${id}", which is not a known plan${near.length ? ` \u2014 did you mean "${near[0]}"?` : ""}`
          )
        );
        return;
      }
      let target = byId.get(id);
      if (!target) return;
      if (id === n.id) {
        out.push(finding("reaffirms-cycle", "reaffirms itself"));
        return;
      }
      target.date && n.date && target.date >= n.date && out.push(
        finding(
          "reaffirms-later",
          `reaffirms "${id}", dated ${target.date}, not before this plan (${n.date}): a document can only keep what was said before it`
        )
      );
      let mine = new Set(n.proposedBy ?? []);
      target.proposedBy && mine.size > 0 && !target.proposedBy.some((p) => mine.has(p)) && out.push(
        finding(
          "reaffirms-other-party",
          `reaffirms "${id}", a plan of ${target.proposedBy.join(", ")}, not of ${[...mine].join(", ")}: a party reaffirms only its own positions (use revises for an edit of another party's draft)`
        )
      );
    });
  let state = /* @__PURE__ */ new Map(), visit2 = (n, trail) => {
    state.set(n.id, "open");
    for (let [i, id] of (n.reaffirms ?? []).entries()) {
      let next = byId.get(id);
      if (!(!next || next === n))
        if (state.get(id) === "open") {
          let cycle = [...trail.slice(trail.findIndex((t2) => t2.id === id)), n];
          out.push({
            file: n.file,
            path: ["reaffirms", i, "plan"],
            severity: "error",
            code: "reaffirms-cycle",
            message: `reaffirms forms a cycle: ${[...cycle.map((c) => c.id), id].join(" \u2192 ")}`
          });
        } else state.has(id) || visit2(next, [...trail, n]);
    }
    state.set(n.id, "done");
  };
  for (let n of nodes) !state.has(n.id) && byId.get(n.id) === n && visit2(n, []);
}

// src/index.ts
init_diagnostic();

// src/render/json.ts
var unsafe = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function jsonText(value) {
  return `${JSON.stringify(value, null, 2).replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}
`;
}

// src/render/compareJson.ts
function renderCompareJson(result, _options) {
  return jsonText(result);
}

// src/render/compareShared.ts
function verdictText(row, planIds) {
  if (row.verdict !== "single") return row.verdict;
  let i = row.cells.findIndex((c) => c !== null);
  return i >= 0 ? `only ${planIds[i]}` : "single";
}
function cellText(cell) {
  return cell.from ? `${cell.text} (from ${cell.from})` : cell.text;
}
function compareSummaryLines(result) {
  let s = result.summary, lines = [], sum = (key) => result.families.reduce((n, f) => n + f[key], 0);
  lines.push(
    `${sum("rows")} fields compared across ${result.plans.length} plans: ${sum("agree")} agree, ${sum("differ")} differ, ${sum("single")} stated by one plan only`
  );
  let family = (f) => result.families.find((x) => x.family === f), ground = s.commonGround.map((f) => {
    let x = family(f);
    return `${f} (${x.agree === 1 ? "agree on the one shared field" : `agree on all ${x.agree} shared fields`})`;
  });
  lines.push(`common ground: ${ground.length ? ground.join(", ") : "none"}`);
  let contested = s.contested.map((f) => {
    let x = family(f), shared = x.agree + x.differ;
    return `${f} (${shared === 1 ? "the one shared field differs" : `${x.differ} of ${shared} shared fields differ`})`;
  });
  lines.push(`most contested: ${contested.length ? contested.join(", ") : "none"}`);
  for (let { family: f, plans } of s.silent) lines.push(`silent on ${f}: ${plans.join(", ")}`);
  let kept = /* @__PURE__ */ new Map();
  result.plans.forEach((p, i) => {
    for (let r of result.rows) {
      let from = r.cells[i]?.from;
      if (!from) continue;
      let byFrom = kept.get(p.id) ?? /* @__PURE__ */ new Map();
      byFrom.set(from, (byFrom.get(from) ?? 0) + 1), kept.set(p.id, byFrom);
    }
  });
  for (let [id, byFrom] of kept) {
    let parts = [...byFrom].map(([from, n]) => `${from} (${n} field${n === 1 ? "" : "s"})`);
    lines.push(`inherited: ${id} keeps ${parts.join(", ")}`);
  }
  return lines;
}
function legendLine() {
  return `Verdicts: ${Object.entries(verdictWords).map(([word, meaning]) => `${word} \u2014 ${meaning}`).join("; ")}.`;
}
function shortField(field) {
  return field.startsWith("territories.") ? field.slice(12) : field;
}

// src/render/describe.ts
function formatValue(v) {
  return v === void 0 ? "\u2014" : typeof v == "number" ? formatNumber(v) : typeof v == "boolean" ? v ? "yes" : "no" : v;
}
function fieldLabel(change) {
  let value = change.kind === "added" ? change.right : change.kind === "removed" ? change.left : void 0, path = value !== void 0 && change.path.at(-1) === String(value) ? change.path.slice(0, -1) : change.path;
  return path.slice(1).join(".") || path[0];
}
function signed(n, unit = "") {
  let abs = formatNumber(Math.abs(Math.round(n * 100) / 100));
  return `${n >= 0 ? "+" : "\u2212"}${abs}${unit}`;
}
function trendText(change) {
  let parts = [];
  return change.delta !== void 0 && change.delta !== 0 && parts.push(
    change.type === "number" ? signed(change.delta) : change.type === "money" ? signed(change.delta, " bn") : signed(change.delta, " days")
  ), change.trend && parts.push(change.trend), parts.join(", ");
}
function clip(text, max = 72) {
  let one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
function changeText(change, leftId, rightId, oneSided = !1) {
  return `${changeWords(change, leftId, rightId, oneSided)}${inheritedNote(change, leftId, rightId)}`;
}
function inheritedNote(change, leftId, rightId) {
  let parts = [], { left, right } = change.inherited ?? {};
  return left && parts.push(`${leftId}: from ${left.from} (${left.date})`), right && parts.push(`${rightId}: from ${right.from} (${right.date})`), parts.length ? ` [${parts.join("; ")}]` : "";
}
function changeWords(change, leftId, rightId, oneSided) {
  let trend = trendText(change), only = (id) => oneSided ? trend ? ` (${trend})` : "" : ` (only in ${id}${trend ? `, ${trend}` : ""})`, value = (v) => change.type === "text" ? `"${clip(formatValue(v))}"` : formatValue(v);
  switch (change.kind) {
    case "added":
      return `${change.type === "entry" ? "entry " : ""}${value(change.right)}${only(rightId)}`;
    case "removed":
      return `${change.type === "entry" ? "entry " : ""}${value(change.left)}${only(leftId)}`;
    default:
      return change.type === "text" ? `reworded: ${value(change.right)}` : `${value(change.left)} \u2192 ${value(change.right)}${trend ? ` (${trend})` : ""}`;
  }
}
function statusLabel(c, diff) {
  switch (c.status) {
    case "only-left":
      return `only in ${diff.left.id}`;
    case "only-right":
      return `only in ${diff.right.id}`;
    default:
      return c.status;
  }
}
function summaryLine(diff) {
  let s = diff.summary;
  if (s.families === 0) return "neither plan addresses the selected clause families";
  let parts = [s.differing === 0 && s.reworded === 0 ? `all ${s.families} clause ${s.families === 1 ? "family is" : "families are"} the same` : `${s.differing} of ${s.families} clause ${s.families === 1 ? "family differs" : "families differ"}`];
  s.reworded > 0 && (parts[0] += `, ${s.reworded} reworded`);
  let only = (families2, id) => families2.length ? `${families2.join(", ")} only in ${id}` : "", tail = [only(s.onlyLeft, diff.left.id), only(s.onlyRight, diff.right.id)].filter(Boolean);
  return tail.length ? `${parts[0]}; ${tail.join("; ")}` : parts[0];
}
function sourceParts(s) {
  let bits = s.publisher && s.published ? `${s.publisher}, ${s.published}` : s.publisher || s.published || "";
  return { title: s.title, bits, flags: s.flags?.length ? s.flags.join(", ") : "" };
}
function sourceText(s) {
  let { title: title2, bits, flags } = sourceParts(s);
  return `${title2}${bits ? ` \u2014 ${bits}` : ""}${flags ? ` [${flags}]` : ""}`;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function changeColumn(ch) {
  let words = ch.type === "entry" ? `${ch.kind} entry` : [ch.kind === "changed" ? "" : ch.kind, trendText(ch)].filter(Boolean).join(", "), { left, right } = ch.inherited ?? {}, from = [left && `left from ${left.from}`, right && `right from ${right.from}`].filter(Boolean).join(", ");
  return [words, from].filter(Boolean).join("; ");
}
function sideValue(ch, v) {
  return ch.type === "entry" ? v === void 0 ? "" : String(v) : formatValue(v);
}
function isClauseSummary(ch) {
  return ch.path.length === 2 && ch.path[1] === "summary";
}
function changeSection(ch) {
  return isClauseSummary(ch) ? "summary" : ch.type === "text" ? "text" : "typed";
}
function familiesOf(diff, status) {
  return diff.clauses.filter((c) => c.status === status).map((c) => c.clause);
}
function summaryText(report) {
  let s = report.summary, parts = [`${plural(s.files, "file")} checked`, `${s.invalid} invalid`, plural(s.errors, "error")];
  return s.warnings > 0 && parts.push(plural(s.warnings, "warning")), parts.join(", ");
}

// src/render/terminal.ts
var unsafe2 = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, unsafeOneLine = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeChar(ch) {
  let cp = ch.codePointAt(0);
  return cp <= 255 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}
function safeText(text, options = {}) {
  return options.singleLine ? text.replace(/\r?\n/g, " ").replace(/\t/g, " ").replace(unsafeOneLine, escapeChar) : text.replace(unsafe2, escapeChar);
}
var plainAscii = /^[\x20-\x7e]*$/, wideStart = new RegExp("^(?:\\p{Emoji_Presentation}|[\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\ua960-\\ua97f\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe10-\\ufe19\\ufe30-\\ufe6f\\uff00-\\uff60\\uffe0-\\uffe6\\u{1b000}-\\u{1b2ff}\\u{1f200}-\\u{1f2ff}\\u{20000}-\\u{3fffd}])", "u"), invisible = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u, graphemes, oneCellEach = (
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: a negated class of code points; the variation selectors in it are excluded one by one, never combined
  /^[^\p{Mn}\p{Me}\p{Mc}\p{Cf}\p{Cc}\p{Cs}\p{Emoji_Presentation}\u0d4e\u1100-\u11ff\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe00-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{10000}-\u{10ffff}]*$/u
), sgr = /\u001b\[[0-9;]*m/g;
function displayWidth(input) {
  if (plainAscii.test(input)) return input.length;
  let text = input.includes("\x1B") ? input.replace(sgr, "") : input;
  return oneCellEach.test(text) ? text.length : segmentedWidth(text);
}
function segmentedWidth(text) {
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let width = 0;
  for (let { segment } of graphemes.segment(text))
    invisible.test(segment) || (width += wideStart.test(segment) || segment.includes("\uFE0F") ? 2 : 1);
  return width;
}
function clipText(text, width) {
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? "\u2026" : "";
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let out = "", used = 0;
  for (let { segment } of graphemes.segment(text)) {
    let w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment, used += w;
  }
  return `${out.trimEnd()}\u2026`;
}
function wrapWords(text, first, rest = first) {
  let lines = [], line = "", used = 0;
  for (let word of text.split(" ")) {
    if (word === "") continue;
    let w = displayWidth(word), room = lines.length === 0 ? first : rest;
    line !== "" && used + 1 + w > room ? (lines.push(line), line = word, used = w) : (line = line === "" ? word : `${line} ${word}`, used += (used === 0 ? 0 : 1) + w);
  }
  return lines.push(line), lines;
}
function wrapHanging(text, width, indent = 2) {
  let pad = " ".repeat(indent);
  return wrapWords(text, width, width - indent).map((line, i) => i === 0 ? line : pad + line);
}
function wrapLines(text, width) {
  return text.split(`
`).flatMap((line) => displayWidth(line) <= width ? [line] : breakLine(line, width)).join(`
`);
}
function breakLine(line, width) {
  let plain2 = line.replace(sgr, ""), lead = /^ */.exec(plain2)[0].length, value = /^ *\S.*? {2,}(?=\S)/.exec(plain2)?.[0].length, indent = value !== void 0 && value * 2 <= width ? value : Math.min(lead + 2, Math.floor(width / 2)), lines = [], current = "", used = 0;
  for (let [, spaces = "", word = ""] of line.matchAll(/( *)(\S+)/g)) {
    let w = displayWidth(word);
    current !== "" && used + spaces.length + w > width && used > indent ? (lines.push(current), current = `${" ".repeat(indent)}${word}`, used = indent + w) : (current += spaces + word, used += spaces.length + w);
  }
  return lines.push(current), lines;
}

// src/render/markdown.ts
var markdownCharacter = new RegExp(String.raw`[\\&<>|\`*_[\]~#!${unsafeOneLine.source.slice(1, -1)}]`), markdownLineStart = /^(?:[+\-=]|\d+\.)/;
function mdText(text) {
  return !markdownCharacter.test(text) && !markdownLineStart.test(text) ? text : escapeMarkdown(text);
}
function escapeMarkdown(text) {
  return escapeInline(text).replace(/^[+\-=]/, "\\$&").replace(/^(\d+)\./, "$1\\.");
}
function escapeInline(text) {
  let t2 = safeText(text, { singleLine: !1 }).replace(/[\\`*_[\]~#!|]/g, "\\$&");
  return t2.includes("&") && (t2 = t2.replace(/&/g, "&amp;")), t2.includes("<") && (t2 = t2.replace(/</g, "&lt;")), t2.includes(">") && (t2 = t2.replace(/>/g, "&gt;")), t2.includes(`
`) ? t2.replace(/\r?\n/g, "<br>") : t2;
}
var plainUrl = /^[\w\-.!~*';/?:@&=+$,#]*$/;
function mdUrl(url) {
  return plainUrl.test(url) ? url : encodeURI(decodeURISafe(url)).replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
}
function decodeURISafe(url) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
function mdLink(text, url) {
  return mdLinkTo(mdText(text), url);
}
function mdLinkTo(markdown, url) {
  return url && (url.startsWith("https://") || url.startsWith("http://")) ? `[${markdown}](${mdUrl(url)})` : markdown;
}
function mdTable(header, rows3) {
  let lines = [mdRow(header, header.length, " "), `|${"---|".repeat(header.length)}`];
  for (let r of rows3) lines.push(mdRow(r, header.length, "\u2014"));
  return lines.join(`
`);
}
function mdRow(cells, width, empty) {
  return `| ${Array.from({ length: width }, (_, i) => cells[i] || empty).join(" | ")} |`;
}
function renderSourceList(sources) {
  let seen = /* @__PURE__ */ new Set(), lines = [];
  for (let s of sources)
    seen.has(s.key) || (seen.add(s.key), lines.push(mdSourceLine(s)));
  return lines.join(`
`);
}
function mdSourceLine(s) {
  return `- **${mdText(s.key)}**: ${mdLink(sourceText(s), s.url)}`;
}

// src/render/compareMarkdown.ts
function renderCompareMarkdown(result, options) {
  let ids = result.plans.map((p) => p.id), head = ids.map((id) => mdText(id)), out = [];
  out.push(`## Comparison: ${ids.map((id) => mdText(id)).join(", ")}`), out.push(""), out.push(
    mdTable(
      ["Plan", "Title", "Proposed by", "Date", "Status"],
      result.plans.map((p) => [
        mdText(p.id),
        mdText(p.title),
        mdText(p.proposed_by.join(", ")),
        p.date,
        p.status
      ])
    )
  ), options.mapLink && out.push("", `![Territory by plan](${mdUrl(options.mapLink)})`);
  for (let family of result.families) {
    let rows3 = result.rows.filter((r) => r.family === family.family);
    rows3.length !== 0 && (out.push("", `### ${mdText(family.family)}`, ""), out.push(
      mdTable(
        ["Field", ...head, "Verdict"],
        rows3.map((r) => [
          mdText(shortField(r.field)),
          ...r.cells.map((c) => c ? mdText(cellText(c)) : "\u2014"),
          r.verdict === "differ" ? "**differ**" : mdText(verdictText(r, ids))
        ])
      )
    ));
  }
  if (out.push("", "### Summary", ""), out.push(...compareSummaryLines(result).map((l) => `- ${mdText(l)}`)), out.push("", `*${mdText(legendLine())}*`), options.sources === !1) return `${out.join(`
`)}
`;
  out.push("", "### Sources");
  for (let id of ids) {
    let list = result.sources[id] ?? [];
    list.length !== 0 && out.push("", `**${mdText(id)}**`, "", renderSourceList(list));
  }
  return `${out.join(`
`)}
`;
}

// src/render/tableLayout.ts
var import_cli_table3 = __toESM(require_cli_table3(), 1), import_utils = __toESM(require_utils(), 1);
var truncate = import_utils.default.truncate;
import_utils.default.truncate = (str2, desiredLength, truncateChar) => {
  let newline = typeof str2 == "string" ? str2.indexOf(`
`) : -1;
  return truncate(newline < 0 ? str2 : str2.slice(0, newline), desiredLength, truncateChar);
};
var compactChars = {
  mid: "",
  "left-mid": "",
  "mid-mid": "",
  "right-mid": ""
}, maxCellText = 2e3, plainStyle = { head: [], border: [] };
function headCells(cells, color) {
  return color ? cells.map(
    (cell) => cell.split(`
`).map((line) => line && `\x1B[36m${line}\x1B[39m`).join(`
`)
  ) : [...cells];
}
var boxChars = {
  top: "\u2500",
  "top-mid": "\u252C",
  "top-left": "\u250C",
  "top-right": "\u2510",
  bottom: "\u2500",
  "bottom-mid": "\u2534",
  "bottom-left": "\u2514",
  "bottom-right": "\u2518",
  left: "\u2502",
  "left-mid": "\u251C",
  mid: "\u2500",
  "mid-mid": "\u253C",
  right: "\u2502",
  "right-mid": "\u2524",
  middle: "\u2502"
}, grey = (s) => s && `\x1B[90m${s}\x1B[39m`;
function tableChars(color, overrides = {}) {
  let chars = { ...boxChars, ...overrides };
  return color ? Object.fromEntries(Object.entries(chars).map(([k, v]) => [k, grey(v)])) : chars;
}
function newTable(head, colWidths, color, compact = !1) {
  return new import_cli_table3.default({
    head: headCells(head, color),
    colWidths,
    chars: tableChars(color, compact ? compactChars : {}),
    style: plainStyle
  });
}
function tableText(table, color) {
  let text = table.toString();
  return color ? text.replaceAll("\x1B[39m\x1B[90m", "") : text;
}
var noWords = /* @__PURE__ */ new Set();
function wrapCell(input, width, keep = noWords) {
  let text = input.length > maxCellText ? `${input.slice(0, maxCellText - 1)}\u2026` : input, max = Math.max(4, width - 2), lines = [];
  for (let paragraph of text.split(`
`)) {
    let line = "", used = 0;
    for (let token of cellTokens(paragraph, keep)) {
      let w = displayWidth(token.trimEnd());
      if (used + w <= max) {
        line += token, used += displayWidth(token);
        continue;
      }
      line.trim() && lines.push(line.trimEnd());
      let word = token.trimStart();
      line = w <= max ? word : `${clipText(word.trimEnd(), max)}${word.endsWith(" ") ? " " : ""}`, used = displayWidth(line);
    }
    lines.push(line.trimEnd());
  }
  return lines.join(`
`);
}
var breakable = /(?<=[-/_])|(?<=\.)(?=[a-z])|(?=\[)/i;
function cellTokens(paragraph, keep) {
  let kept = keptWords(keep), tokens = [];
  for (let word of paragraph.split(/(?<=\s)/)) {
    if (!kept) {
      tokens.push(...word.split(breakable));
      continue;
    }
    word.split(kept).forEach((part, i) => {
      i % 2 === 1 ? tokens.push(part) : part && tokens.push(...part.split(breakable));
    });
  }
  return tokens;
}
var keptPatterns = /* @__PURE__ */ new WeakMap();
function keptWords(keep) {
  if (!keptPatterns.has(keep)) {
    let words = [...keep].filter(Boolean).sort((a, b) => b.length - a.length), pattern = `(?<![\\w-])([("'[]*(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[)"'\\],.;:]*)(?![\\w-])`;
    keptPatterns.set(keep, words.length ? new RegExp(pattern) : void 0);
  }
  return keptPatterns.get(keep);
}

// src/render/compareTable.ts
var minPlanWidth = 14, verdictWidth = 10;
function compareLayout(width, idWidths, longestField = 20) {
  let longestId = Math.max(0, ...idWidths), field = Math.max(12, Math.min(longestField + 2, 26, Math.floor(width * 0.25))), room = (n) => width - field - verdictWidth - (n + 3), widest = Math.max(minPlanWidth, longestId + 2);
  room(1) < widest && (field = Math.max(10, field - (widest - room(1))));
  let least = (start, count2) => Math.max(minPlanWidth, ...idWidths.slice(start, start + count2).map((w) => w + 2)), fits = (start, count2) => count2 === 1 || Math.floor(room(count2) / count2) >= least(start, count2), greedy = [];
  for (let start = 0; start < idWidths.length; ) {
    let count2 = 1;
    for (; start + count2 < idWidths.length && fits(start, count2 + 1); ) count2++;
    greedy.push(count2), start += count2;
  }
  let even = Array.from(
    { length: greedy.length },
    (_, i) => Math.floor((idWidths.length + i) / greedy.length)
  ).reverse(), starts = (counts2) => counts2.map((_, i) => counts2.slice(0, i).reduce((a, b) => a + b, 0)), counts = starts(even).every((start, i) => fits(start, even[i])) ? even : greedy, pages = starts(counts).map((start, i) => {
    let count2 = counts[i];
    return {
      start,
      count: count2,
      plan: Math.max(Math.min(least(start, count2), room(1)), Math.floor(room(count2) / count2))
    };
  });
  return { field, pages };
}
function renderCompareTable(result, options) {
  let t2 = (s) => safeText(s, { singleLine: !0 }), ids = result.plans.map((p) => p.id), longest = Math.max(
    0,
    ...result.rows.map((r) => shortField(r.field).length),
    ...result.families.map((f) => f.family.length)
  ), width = options.width ?? 100, { field, pages: layout } = compareLayout(
    width,
    ids.map((id) => displayWidth(t2(id))),
    longest
  ), keep = new Set([...ids, ...result.rows.flatMap((r) => r.cells.map((c) => c?.from ?? ""))].map(t2)), pages = [];
  for (let { start, count: count2, plan } of layout) {
    let slice = result.plans.slice(start, start + count2), table = newTable(
      ["", ...slice.map((p) => wrapCell(t2(p.id), plan, keep)), "verdict"],
      [field, ...slice.map(() => plan), verdictWidth],
      options.color,
      !0
    );
    table.push(["", ...slice.map((p) => `${p.date}
${p.status}`), ""]);
    for (let family of result.families) {
      let rows3 = result.rows.filter((r) => r.family === family.family);
      if (rows3.length === 0) continue;
      let heading2 = options.color ? `\x1B[1m${family.family}\x1B[22m` : family.family.toUpperCase();
      table.push([heading2, ...slice.map(() => ""), ""]);
      for (let r of rows3)
        table.push([
          wrapCell(t2(shortField(r.field)), field),
          ...r.cells.slice(start, start + count2).map((c) => c ? wrapCell(t2(cellText(c)), plan, keep) : "\u2014"),
          r.verdict === "single" ? "one plan" : r.verdict
        ]);
    }
    let which = count2 === 1 ? `plan ${start + 1}` : `plans ${start + 1}\u2013${start + count2}`, label = layout.length > 1 ? `${which} of ${ids.length}
` : "";
    pages.push(`${label}${tableText(table, options.color)}`);
  }
  let summary2 = compareSummaryLines(result).flatMap((line) => wrapHanging(t2(line), width));
  return `${pages.join(`

`)}
${summary2.join(`
`)}
`;
}

// src/render/diffJson.ts
function renderDiffJson(diff, _options) {
  return jsonText(diff);
}

// src/render/diffMarkdown.ts
function headerRows(l, r) {
  return [
    ["Title", mdText(l.title), mdText(r.title)],
    ["Proposed by", mdText(l.proposed_by.join(", ")), mdText(r.proposed_by.join(", "))],
    ["Date", l.date, r.date],
    ["Status", l.status, r.status]
  ];
}
function sideSummary(side) {
  return side ? side.inherited ? `${side.summary} (kept from ${side.inherited.from}, ${side.inherited.date})` : side.summary : "(silent)";
}
function sourcesCell(side) {
  return side ? side.sources.map((s) => mdLink(s.key, s.url)).join(", ") : "";
}
function renderDiffMarkdown(diff, options) {
  let l = diff.left.id, r = diff.right.id, out = [];
  out.push(`## ${mdText(l)} \u2192 ${mdText(r)}`), out.push(""), out.push(mdTable(["", mdText(l), mdText(r)], headerRows(diff.left, diff.right))), out.push(""), out.push(`**${mdText(summaryLine(diff))}**`);
  let leftSources = [], rightSources = [];
  for (let clause of diff.clauses) {
    if (clause.status === "same" && !options.all) continue;
    out.push(""), out.push(`### ${mdText(clause.clause)} \u2014 ${mdText(statusLabel(clause, diff))}`), out.push("");
    let rows3 = clause.changes.filter((ch) => !isClauseSummary(ch)).map((ch) => [
      mdText(fieldLabel(ch)),
      mdText(sideValue(ch, ch.left)),
      mdText(sideValue(ch, ch.right)),
      mdText(changeColumn(ch))
    ]);
    rows3.push(["*summary*", mdText(sideSummary(clause.left)), mdText(sideSummary(clause.right)), ""]), options.sources !== !1 && rows3.push(["*sources*", sourcesCell(clause.left), sourcesCell(clause.right), ""]), out.push(mdTable(["Field", mdText(l), mdText(r), "Change"], rows3)), leftSources.push(...clause.left?.sources ?? []), rightSources.push(...clause.right?.sources ?? []);
    for (let ch of clause.changes)
      leftSources.push(...ch.inherited?.left?.sources ?? []), rightSources.push(...ch.inherited?.right?.sources ?? []);
  }
  if (options.sources !== !1 && leftSources.length + rightSources.length > 0) {
    out.push(""), out.push("### Sources");
    for (let [id, list] of [
      [l, leftSources],
      [r, rightSources]
    ])
      list.length !== 0 && (out.push(""), out.push(`**${mdText(id)}**`), out.push(""), out.push(renderSourceList(list)));
  }
  return `${out.join(`
`)}
`;
}

// src/render/diffTable.ts
function columnWidths(width, valueColumns, longestId = 0, label = 22) {
  let borders = valueColumns + 2, least = Math.max(10, longestId + 2) * valueColumns, labelWidth = Math.max(12, Math.min(label, Math.floor(width / 4))), short = least - (width - borders - labelWidth);
  short > 0 && (labelWidth = Math.max(10, labelWidth - short));
  let room = width - borders - labelWidth, each = Math.max(6, Math.floor(room / valueColumns)), widths = [labelWidth, ...Array.from({ length: valueColumns }, () => each)];
  return widths[valueColumns] = Math.max(6, room - each * (valueColumns - 1)), widths;
}
function inheritedFrom(diff) {
  return diff.clauses.flatMap((c) => [
    c.left?.inherited?.from ?? "",
    c.right?.inherited?.from ?? "",
    ...c.changes.flatMap((ch) => [ch.inherited?.left?.from ?? "", ch.inherited?.right?.from ?? ""])
  ]).filter(Boolean);
}
function sideSummary2(side) {
  return side ? side.inherited ? `${side.summary} (kept from ${side.inherited.from})` : side.summary : "(silent)";
}
function renderDiffTable(diff, options) {
  let width = options.width ?? 100, t2 = (s) => safeText(s, { singleLine: !0 }), ids = [diff.left.id, diff.right.id, ...inheritedFrom(diff)].map(t2), colWidths = columnWidths(width, 3, Math.max(...ids.map(displayWidth))), keep = new Set(ids), cell = (s, col) => wrapCell(t2(s), colWidths[col], keep), table = newTable(
    ["", cell(diff.left.id, 1), cell(diff.right.id, 2), "change"],
    colWidths,
    options.color
  );
  table.push(["title", cell(diff.left.title, 1), cell(diff.right.title, 2), ""]), table.push([
    "date \xB7 status",
    cell(`${diff.left.date} \xB7 ${diff.left.status}`, 1),
    cell(`${diff.right.date} \xB7 ${diff.right.status}`, 2),
    ""
  ]);
  for (let clause of diff.clauses)
    if (!(clause.status === "same" && !options.all)) {
      table.push([{ colSpan: 4, content: `${clause.clause} \u2014 ${statusLabel(clause, diff)}` }]);
      for (let ch of clause.changes)
        isClauseSummary(ch) || table.push([
          cell(fieldLabel(ch), 0),
          cell(sideValue(ch, ch.left), 1),
          cell(sideValue(ch, ch.right), 2),
          cell(changeColumn(ch), 3)
        ]);
      table.push(["summary", cell(sideSummary2(clause.left), 1), cell(sideSummary2(clause.right), 2), ""]), options.sources !== !1 && table.push([
        "sources",
        cell(clause.left?.sources.map((s) => s.key).join(", ") ?? "", 1),
        cell(clause.right?.sources.map((s) => s.key).join(", ") ?? "", 2),
        ""
      ]);
    }
  return `${tableText(table, options.color)}
${wrapHanging(t2(summaryLine(diff)), width).join(`
`)}
`;
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`, wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`, wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`, styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
}, modifierNames = Object.keys(styles.modifier), foregroundColorNames = Object.keys(styles.color), backgroundColorNames = Object.keys(styles.bgColor), colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  let codes = /* @__PURE__ */ new Map();
  for (let [groupName, group] of Object.entries(styles)) {
    for (let [styleName, style] of Object.entries(group))
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      }, group[styleName] = styles[styleName], codes.set(style[0], style[1]);
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: !1
    });
  }
  return Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: !1
  }), styles.color.close = "\x1B[39m", styles.bgColor.close = "\x1B[49m", styles.color.ansi = wrapAnsi16(), styles.color.ansi256 = wrapAnsi256(), styles.color.ansi16m = wrapAnsi16m(), styles.bgColor.ansi = wrapAnsi16(10), styles.bgColor.ansi256 = wrapAnsi256(10), styles.bgColor.ansi16m = wrapAnsi16m(10), Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        return red === green && green === blue ? red < 8 ? 16 : red > 248 ? 231 : Math.round((red - 8) / 247 * 24) + 232 : 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: !1
    },
    hexToRgb: {
      value(hex) {
        let matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches)
          return [0, 0, 0];
        let [colorString] = matches;
        colorString.length === 3 && (colorString = [...colorString].map((character) => character + character).join(""));
        let integer2 = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer2 >> 16 & 255,
          integer2 >> 8 & 255,
          integer2 & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: !1
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: !1
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8)
          return 30 + code;
        if (code < 16)
          return 90 + (code - 8);
        let red, green, blue;
        if (code >= 232)
          red = ((code - 232) * 10 + 8) / 255, green = red, blue = red;
        else {
          code -= 16;
          let remainder = code % 36;
          red = Math.floor(code / 36) / 5, green = Math.floor(remainder / 6) / 5, blue = remainder % 6 / 5;
        }
        let value = Math.max(red, green, blue) * 2;
        if (value === 0)
          return 30;
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        return value === 2 && (result += 60), result;
      },
      enumerable: !1
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: !1
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: !1
    }
  }), styles;
}
var ansiStyles = assembleStyles(), ansi_styles_default = ansiStyles;

// plans-stub:supports-color
var supports_color_default = { stdout: !1, stderr: !1 };

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string3, substring, replacer) {
  let index = string3.indexOf(substring);
  if (index === -1)
    return string3;
  let substringLength = substring.length, endIndex = 0, returnValue = "";
  do
    returnValue += string3.slice(endIndex, index) + substring + replacer, endIndex = index + substringLength, index = string3.indexOf(substring, endIndex);
  while (index !== -1);
  return returnValue += string3.slice(endIndex), returnValue;
}
function stringEncaseCRLFWithFirstIndex(string3, prefix, postfix, index) {
  let endIndex = 0, returnValue = "";
  do {
    let gotCR = string3[index - 1] === "\r";
    returnValue += string3.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? `\r
` : `
`) + postfix, endIndex = index + 1, index = string3.indexOf(`
`, endIndex);
  } while (index !== -1);
  return returnValue += string3.slice(endIndex), returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default, GENERATOR = /* @__PURE__ */ Symbol("GENERATOR"), STYLER = /* @__PURE__ */ Symbol("STYLER"), IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY"), levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
], styles2 = /* @__PURE__ */ Object.create(null), applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3))
    throw new Error("The `level` option should be an integer from 0 to 3");
  let colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
}, Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
}, chalkFactory = (options) => {
  let chalk2 = (...strings) => strings.join(" ");
  return applyOptions(chalk2, options), Object.setPrototypeOf(chalk2, createChalk.prototype), chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (let [styleName, style] of Object.entries(ansi_styles_default))
  styles2[styleName] = {
    get() {
      let builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      return Object.defineProperty(this, styleName, { value: builder }), builder;
    }
  };
styles2.visible = {
  get() {
    let builder = createBuilder(this, this[STYLER], !0);
    return Object.defineProperty(this, "visible", { value: builder }), builder;
  }
};
var getModelAnsi = (model, level, type2, ...arguments_) => model === "rgb" ? level === "ansi16m" ? ansi_styles_default[type2].ansi16m(...arguments_) : level === "ansi256" ? ansi_styles_default[type2].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_)) : ansi_styles_default[type2].ansi(ansi_styles_default.rgbToAnsi(...arguments_)) : model === "hex" ? getModelAnsi("rgb", level, type2, ...ansi_styles_default.hexToRgb(...arguments_)) : ansi_styles_default[type2][model](...arguments_), usedModels = ["rgb", "hex", "ansi256"];
for (let model of usedModels) {
  styles2[model] = {
    get() {
      let { level } = this;
      return function(...arguments_) {
        let styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  let bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      let { level } = this;
      return function(...arguments_) {
        let styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: !0,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
}), createStyler = (open2, close, parent) => {
  let openAll, closeAll;
  return parent === void 0 ? (openAll = open2, closeAll = close) : (openAll = parent.openAll + open2, closeAll = close + parent.closeAll), {
    open: open2,
    close,
    openAll,
    closeAll,
    parent
  };
}, createBuilder = (self, _styler, _isEmpty) => {
  let builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  return Object.setPrototypeOf(builder, proto), builder[GENERATOR] = self, builder[STYLER] = _styler, builder[IS_EMPTY] = _isEmpty, builder;
}, applyStyle = (self, string3) => {
  if (self.level <= 0 || !string3)
    return self[IS_EMPTY] ? "" : string3;
  let styler = self[STYLER];
  if (styler === void 0)
    return string3;
  let { openAll, closeAll } = styler;
  if (string3.includes("\x1B"))
    for (; styler !== void 0; )
      string3 = stringReplaceAll(string3, styler.close, styler.open), styler = styler.parent;
  let lfIndex = string3.indexOf(`
`);
  return lfIndex !== -1 && (string3 = stringEncaseCRLFWithFirstIndex(string3, closeAll, openAll, lfIndex)), openAll + string3 + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk(), chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/render/diffText.ts
var t = (s) => safeText(s, { singleLine: !0 });
function renderDiffText(diff, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), width = options.width ?? 100, shown = diff.clauses.filter((clause) => clause.status !== "same" || options.all), view = { diff, shown, c, width }, out = [];
  if (options.stat || out.push(...wrapHanging(headline(diff), width).map((line) => c.bold(line)), ""), out.push(...headers(diff, c, width)), options.stat) {
    let lines = statLines(view);
    lines.length > 0 && out.push("", ...lines);
  } else
    out.push(...typedSection(view)), out.push(...textSection(view)), options.sources !== !1 && out.push(...sourcesSection(view));
  return out.push("", ...wrapHanging(t(summaryLine(diff)), width).map((line) => c.bold(line))), `${out.join(`
`)}
`;
}
function headline(diff) {
  let s = diff.summary, count2 = summaryLine(diff).split(";")[0];
  if (s.families === 0) return count2;
  let named2 = [
    ["changed", familiesOf(diff, "changed")],
    [`only in ${t(diff.left.id)}`, s.onlyLeft],
    [`only in ${t(diff.right.id)}`, s.onlyRight],
    ["reworded", familiesOf(diff, "reworded")],
    ["same", familiesOf(diff, "same")]
  ].filter(([, list]) => list.length > 0);
  return `${count2} \u2014 ${named2.map(([label, list]) => `${label}: ${list.join(", ")}`).join("; ")}`;
}
function headers(diff, c, width) {
  let header = (mark, paint, h) => {
    let lead = `${mark} ${t(h.id)}  `, about = `${t(h.proposed_by.join(", "))} \xB7 ${h.date} \xB7 ${h.status}${h.revises ? ` \xB7 revises ${t(h.revises)}` : ""}`;
    return [
      ...item(lead, displayWidth(lead), t(h.title), width, 4).map((line) => paint(line)),
      ...item("    ", 4, about, width).map((line) => c.dim(line))
    ];
  };
  return [...header("---", c.red.bold, diff.left), ...header("+++", c.green.bold, diff.right)];
}
function section(title2, lines, { c, width }) {
  return lines.length === 0 ? [] : ["", ...wrapHanging(c.level > 0 ? c.bold.underline(title2) : `== ${title2} ==`, width), ...lines];
}
function markOf(ch, c) {
  return ch.kind === "added" ? c.green("+") : ch.kind === "removed" ? c.red("-") : c.yellow("~");
}
function item(lead, leadWidth, text, width, indent = leadWidth) {
  let words = text.split(" ").map(displayWidth);
  (indent * 2 > width || Math.max(0, ...words) > width - indent) && (indent = Math.min(indent, 6));
  let pad = " ".repeat(indent);
  if (width - leadWidth < Math.min(12, displayWidth(text)) || (words[0] ?? 0) > width - leadWidth) {
    let under = " ".repeat(Math.min(indent, 6));
    return [
      lead.trimEnd(),
      ...wrapWords(text, width - under.length, width - under.length).map((l) => `${under}${l}`)
    ];
  }
  let [first = "", ...rest] = wrapWords(text, width - leadWidth, width - indent);
  return [`${lead}${first}`, ...rest.map((line) => `${pad}${line}`)];
}
function breakLabel(label, first, rest) {
  let lines = [], line = "";
  for (let piece of label.split(/(?<=[ .])/))
    line !== "" && displayWidth(line + piece.trimEnd()) > (lines.length ? rest : first) && (lines.push(line.trimEnd()), line = ""), line += piece;
  return [...lines, line.trimEnd()];
}
function changeLines({ diff, c, width }, clause, changes) {
  let oneSided = clause.status === "only-left" || clause.status === "only-right", labels = changes.map((ch) => t(fieldLabel(ch))), labelWidth = Math.min(36, Math.floor(width / 3), Math.max(0, ...labels.map(displayWidth)));
  return changes.flatMap((ch, i) => {
    let label = labels[i];
    if (displayWidth(label) + 4 > width) {
      let [first = "", ...more] = breakLabel(label, width - 4, width - 6), under = (l) => `      ${l}`, text2 = t(changeText(ch, diff.left.id, diff.right.id, oneSided));
      return [
        `  ${markOf(ch, c)} ${first}`,
        ...more.map(under),
        ...wrapWords(text2, width - 6, width - 6).map(under)
      ];
    }
    let pad = " ".repeat(Math.max(0, labelWidth - displayWidth(label))), lead = `  ${markOf(ch, c)} ${label}${pad}  `, text = t(changeText(ch, diff.left.id, diff.right.id, oneSided));
    return item(lead, 4 + Math.max(labelWidth, displayWidth(label)) + 2, text, width);
  });
}
function heading(clause, diff, c) {
  return `${c.bold(clause.clause)} ${c.dim("\xB7")} ${c.cyan(statusLabel(clause, diff))}`;
}
function typedSection(view) {
  let { diff, shown, c } = view, out = [];
  for (let clause of shown) {
    let typed = clause.changes.filter((ch) => changeSection(ch) === "typed");
    typed.length === 0 && clause.status !== "only-left" && clause.status !== "only-right" || out.push("", heading(clause, diff, c), ...changeLines(view, clause, typed));
  }
  return section(
    `Typed changes: ~ changed, - only in ${t(diff.left.id)}, + only in ${t(diff.right.id)}`,
    out,
    view
  );
}
function textSection(view) {
  let { diff, shown, c, width } = view, out = [], idWidth = Math.max(displayWidth(t(diff.left.id)), displayWidth(t(diff.right.id))), side = (sign, paint, id, clause) => {
    let s = sign === "-" ? clause.left : clause.right, lead = paint(`  ${sign} ${t(id)}${" ".repeat(idWidth - displayWidth(t(id)))}  `);
    if (!s) return [`${lead}${c.dim("(silent)")}`];
    let kept = s.inherited ? ` (kept from ${t(s.inherited.from)}, ${s.inherited.date})` : "";
    return item(lead, idWidth + 6, `${t(s.summary)}${kept}`, width);
  };
  for (let clause of shown) {
    let text = clause.changes.filter((ch) => changeSection(ch) === "text");
    out.push(
      "",
      c.bold(clause.clause),
      ...side("-", c.red, diff.left.id, clause),
      ...side("+", c.green, diff.right.id, clause),
      ...changeLines(view, clause, text)
    );
  }
  return section("Text: summaries, notes, conditions, disputed claims", out, view);
}
function sourcesSection(view) {
  let { diff, shown, c, width } = view, out = [];
  for (let [id, pick2] of [
    [diff.left.id, "left"],
    [diff.right.id, "right"]
  ]) {
    let cited = /* @__PURE__ */ new Map(), cite = (source2, family) => {
      let entry = cited.get(source2.key) ?? { source: source2, families: [] };
      entry.families.includes(family) || entry.families.push(family), cited.set(source2.key, entry);
    };
    for (let clause of shown) {
      for (let s of clause[pick2]?.sources ?? []) cite(s, clause.clause);
      for (let ch of clause.changes)
        for (let s of ch.inherited?.[pick2]?.sources ?? []) cite(s, clause.clause);
    }
    if (cited.size !== 0) {
      out.push("", c.bold(t(id)));
      for (let { source: source2, families: families2 } of cited.values()) {
        let text = `${t(sourceText(source2))} \xB7 ${families2.join(", ")}`, key = `[${t(source2.key)}]`;
        out.push(...item(`  ${c.dim(key)} `, 2 + displayWidth(key) + 1, text, width, 4));
      }
    }
  }
  return section("Sources, each once, with the families citing it", out, view);
}
function statLines({ diff, shown, c, width }) {
  let rows3 = shown.map((clause) => {
    let changes = clause.changes.filter((ch) => !isClauseSummary(ch)), count2 = (kind) => changes.filter((ch) => ch.kind === kind).length, note2 = clause.status === "changed" ? "" : `  (${statusLabel(clause, diff)})`;
    return {
      clause,
      total: changes.length,
      changed: count2("changed"),
      added: count2("added"),
      removed: count2("removed"),
      note: note2
    };
  }), nameWidth = Math.max(0, ...rows3.map((r) => r.clause.clause.length)), countWidth = String(Math.max(0, ...rows3.map((r) => r.total))).length, lead = 1 + nameWidth + 3 + countWidth + 1, noteWidth = Math.max(0, ...rows3.map((r) => displayWidth(t(r.note)))), room = Math.max(3, width - lead - noteWidth), most = Math.max(1, ...rows3.map((r) => r.total)), scale = (n) => n === 0 ? 0 : most <= room ? n : Math.max(1, Math.floor(n * room / most));
  return rows3.map((r) => {
    let marks = [scale(r.changed), scale(r.removed), scale(r.added)], bar = c.yellow("~".repeat(marks[0])) + c.red("-".repeat(marks[1])) + c.green("+".repeat(marks[2])), note2 = clipText(t(r.note), width - lead - marks[0] - marks[1] - marks[2]);
    return ` ${r.clause.clause.padEnd(nameWidth)} | ${String(r.total).padStart(countWidth)} ${bar}${c.dim(note2)}`;
  });
}

// src/render/history.ts
function stepLines(s) {
  let lines = [];
  return s.changed.length && lines.push(["changed", `${s.changed.join(", ")} (${s.typedChanges} typed changes)`]), s.added.length && lines.push(["added", s.added.join(", ")]), s.dropped.length && lines.push(["dropped", s.dropped.join(", ")]), s.reworded.length && lines.push(["reworded", s.reworded.join(", ")]), lines.length === 0 && lines.push(["same", "no clause family differs"]), lines;
}
function renderHistoryText(h, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), t2 = (s) => safeText(s, { singleLine: !0 }), out = [c.bold(h.chain.join(" \u2192 "))];
  return h.missing && out.push(c.yellow(`(${h.chain[0]} revises "${h.missing}", which is not among the plans)`)), h.steps.forEach((s, i) => {
    if (out.push(""), out.push(`${i === 0 ? " " : "\u2193"} ${c.bold(s.plan.id)}  ${t2(s.plan.title)}`), out.push(c.dim(`    ${t2(s.plan.proposed_by.join(", "))} \xB7 ${s.plan.date} \xB7 ${s.plan.status}`)), i === 0) out.push(`    ${c.dim("first draft in the chain")}`);
    else for (let [k, v] of stepLines(s)) out.push(`    ${c.cyan(k.padEnd(8))} ${v}`);
  }), h.branches.length && (out.push(""), out.push(`other revisions: ${h.branches.map((b) => `${b.id} (revises ${b.revises})`).join(", ")}`)), `${wrapLines(out.join(`
`), options.width ?? 100)}
`;
}
function renderHistoryMarkdown(h, _options) {
  let out = [`## Lineage: ${h.chain.map((id) => `\`${id}\``).join(" \u2192 ")}`, ""];
  return out.push(
    mdTable(
      ["Step", "Plan", "Date", "Status", "Changes from the previous step"],
      h.steps.map((s, i) => [
        String(i + 1),
        `${mdText(s.plan.title)} (\`${s.plan.id}\`)`,
        s.plan.date,
        s.plan.status,
        i === 0 ? "first draft" : stepLines(s).map(([k, v]) => `${k}: ${mdText(v)}`).join("<br>")
      ])
    )
  ), h.branches.length && out.push(
    "",
    `Other revisions: ${h.branches.map((b) => `\`${b.id}\` (revises \`${b.revises}\`)`).join(", ")}`
  ), `${out.join(`
`)}
`;
}
function renderHistoryJson(h, _options) {
  return jsonText(h);
}

// src/render/showJson.ts
var showVersion = 2;
function renderShowJson(plan, _options) {
  let { inherited = [], ...rest } = plan;
  return jsonText({ version: showVersion, plan: rest, inherited });
}

// src/render/showMarkdown.ts
init_families();

// src/render/planFields.ts
init_duration();
init_fields();
init_introspect();
function scalarText(v) {
  return isQuantity(v) ? v.text : typeof v == "string" || typeof v == "number" || typeof v == "boolean" ? formatValue(v) : String(v);
}
function rows2(value, label, schemaPath, out) {
  if (value === void 0) return;
  let field = String(schemaPath[schemaPath.length - 1]);
  if (Array.isArray(value)) {
    let key = listKeyFields[field];
    if (key)
      for (let entry of value) {
        let { [key]: name, ...rest } = entry;
        mapping(rest, `${label}[${String(name)}]`, [...schemaPath, 0], out);
      }
    else
      out.push({ field: label, value: value.map(scalarText).join(orderedLists.has(field) ? " \u2192 " : ", ") });
  } else typeof value == "object" && value !== null && !isQuantity(value) ? mapping(value, label, schemaPath, out) : out.push({ field: label, value: scalarText(value) });
}
function mapping(obj, label, schemaPath, out) {
  let declared = keysAt(schemaPath), keys = [
    ...declared.filter((k) => k in obj),
    ...Object.keys(obj).filter((k) => !declared.includes(k))
  ];
  for (let k of keys) rows2(obj[k], label ? `${label}.${k}` : k, [...schemaPath, k], out);
}
function clauseRows(plan, family) {
  let clause = plan.clauses[family];
  if (!clause) return [];
  let out = [], typed = Object.fromEntries(Object.entries(clause).filter(([k]) => !clauseBaseFields.has(k)));
  return mapping(typed, "", ["clauses", family], out), plan.inherited?.length ? out.map((r) => {
    let path = [family, ...r.field.split(/\.|\[|\]\.?/).filter(Boolean)], i = inheritedAt(plan, path);
    return i ? { ...r, from: i.from } : r;
  }) : out;
}

// src/render/showMarkdown.ts
function disputedLines(list) {
  return (list ?? []).map(
    (d) => `- **Disputed** \`${d.field.replace(/`/g, "")}\`: ${mdText(d.claim)} (${d.sources.map(mdText).join(", ")})`
  );
}
function renderShowMarkdown(plan, _options) {
  let out = [];
  out.push(`## ${mdText(plan.title)} (\`${plan.id}\`)`), out.push("");
  let particulars = [
    ["Proposed by", mdText(plan.proposed_by.join(", "))],
    ["Date", plan.date],
    ["Status", plan.status]
  ];
  plan.revises && particulars.push(["Revises", `\`${plan.revises}\``]), plan.points && particulars.push(["Points", String(plan.points)]);
  for (let r of plan.reaffirms ?? [])
    particulars.push(["Reaffirms", `\`${r.plan}\` (${r.sources.map(mdText).join(", ")})`]);
  out.push(mdTable(["", ""], particulars)), plan.note && out.push("", mdText(plan.note));
  let top = disputedLines(plan.disputed);
  top.length && out.push("", ...top);
  for (let family of families) {
    if (family === "other") {
      let other = plan.clauses.other;
      if (!other) continue;
      out.push("", "### other", ""), out.push(
        mdTable(
          ["Topic", "Summary", "Sources"],
          other.map((o) => {
            let kept2 = inheritedAt(plan, ["other", o.topic]);
            return [
              mdText(o.topic),
              mdText(kept2 ? `${o.summary} (from ${kept2.from})` : o.summary),
              o.sources.map(mdText).join(", ")
            ];
          })
        )
      );
      for (let o of other) {
        o.note && out.push("", `- **${mdText(o.topic)}**: ${mdText(o.note)}`);
        let d2 = disputedLines(o.disputed);
        d2.length && out.push("", ...d2);
      }
      continue;
    }
    let clause = plan.clauses[family];
    if (!clause) continue;
    let whole = inheritedAt(plan, [family]), kept = whole?.path.length === 1 ? ` *(kept from \`${whole.from}\`, ${whole.date})*` : "";
    out.push("", `### ${family}${kept}`, "", mdText(clause.summary), "");
    let rows3 = clauseRows(plan, family).map((r) => [
      `\`${r.field}\``,
      mdText(r.from ? `${r.value} (from ${r.from})` : r.value)
    ]);
    rows3.push(["sources", clause.sources.map(mdText).join(", ")]), out.push(mdTable(["Field", "Value"], rows3)), clause.note && out.push("", `*Note:* ${mdText(clause.note)}`);
    let d = disputedLines(clause.disputed);
    d.length && out.push("", ...d);
  }
  out.push("", "### Sources", "");
  for (let [key, s] of Object.entries(plan.sources))
    out.push(mdSourceLine({ key, ...s }));
  return `${out.join(`
`)}
`;
}

// src/render/showText.ts
init_families();
function renderShowText(plan, options) {
  let c = new Chalk({ level: options.color ? 1 : 0 }), t2 = (s) => safeText(s, { singleLine: !0 }), out = [], disputed2 = (list, indent) => {
    for (let d of list ?? [])
      out.push(
        `${indent}${c.yellow("disputed")} ${t2(d.field)}: ${t2(d.claim)} ${c.dim(`[${d.sources.map(t2).join(", ")}]`)}`
      );
  };
  out.push(`${c.bold(plan.id)}  ${t2(plan.title)}`), out.push(
    c.dim(
      `  ${t2(plan.proposed_by.join(", "))} \xB7 ${plan.date} \xB7 ${plan.status}${plan.revises ? ` \xB7 revises ${plan.revises}` : ""}${plan.points ? ` \xB7 ${plan.points} points` : ""}`
    )
  ), plan.note && out.push(`  ${c.dim("note")} ${t2(plan.note)}`), disputed2(plan.disputed, "  ");
  for (let r of plan.reaffirms ?? [])
    out.push(`  ${c.dim("reaffirms")} ${t2(r.plan)} ${c.dim(`[${r.sources.map(t2).join(", ")}]`)}`);
  for (let family of families) {
    let side = clauseSide(plan, family);
    if (!side) continue;
    if (out.push(""), out.push(
      c.bold.cyan(family) + (side.inherited ? c.yellow(` (kept from ${side.inherited.from}, ${side.inherited.date})`) : "")
    ), family === "other") {
      for (let o of plan.clauses.other ?? []) {
        let kept = inheritedAt(plan, ["other", o.topic]);
        out.push(
          `  ${c.bold(t2(o.topic))}: ${t2(o.summary)} ${c.dim(`[${o.sources.map(t2).join(", ")}]`)}${kept ? c.yellow(` (from ${kept.from})`) : ""}`
        ), o.note && out.push(`    ${c.dim("note")} ${t2(o.note)}`), disputed2(o.disputed, "    ");
      }
      continue;
    }
    let clause = plan.clauses[family];
    out.push(`  ${t2(clause.summary)}`);
    let rows3 = clauseRows(plan, family), width = Math.min(40, Math.max(0, ...rows3.map((r) => r.field.length)));
    for (let r of rows3)
      out.push(
        `  ${c.dim(t2(r.field).padEnd(width))}  ${t2(r.value)}${r.from ? c.yellow(` (from ${r.from})`) : ""}`
      );
    clause.note && out.push(`  ${c.dim("note")} ${t2(clause.note)}`), disputed2(clause.disputed, "  "), out.push(c.dim(`  sources: ${side.sources.map((s) => t2(s.key)).join(", ")}`));
  }
  out.push(""), out.push(c.bold("sources"));
  for (let [key, s] of Object.entries(plan.sources)) {
    let ref = { key, ...s };
    out.push(`  [${t2(key)}] ${t2(sourceText(ref))}`), s.url && out.push(c.dim(`      ${t2(s.url)}`)), s.note && out.push(c.dim(`      ${t2(s.note)}`));
  }
  return `${wrapLines(out.join(`
`), options.width ?? 100)}
`;
}

// src/render/validateGithub.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderValidateGithub(report, _options) {
  let lines = report.problems.map((d) => {
    let props = [
      `file=${escapeProperty(safeText(d.file, { singleLine: !0 }))}`,
      `line=${d.line}`,
      `col=${d.col}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endCol}`,
      `title=${escapeProperty(d.code)}`
    ].join(",");
    return `::${d.severity} ${props}::${safeText(escapeData(d.message))}`;
  });
  return lines.push(summaryText(report)), `${lines.join(`
`)}
`;
}

// src/render/validateJson.ts
function renderValidateJson(report, _options) {
  return jsonText({
    version: report.version,
    files: report.files,
    problems: report.problems.map((p) => ({
      file: p.file,
      line: p.line,
      col: p.col,
      endLine: p.endLine,
      endCol: p.endCol,
      severity: p.severity,
      code: p.code,
      message: p.message,
      ...p.path ? { path: p.path } : {}
    })),
    summary: report.summary
  });
}

// src/render/validateText.ts
function formatDiagnostic(d, color = !1) {
  let c = new Chalk({ level: color ? 1 : 0 }), sev = d.severity === "error" ? c.red.bold("error") : c.yellow.bold("warning");
  return `${safeText(d.file, { singleLine: !0 })}:${d.line}:${d.col}: ${sev}: ${safeText(d.message, { singleLine: !0 })} ${c.dim(`[${d.code}]`)}`;
}
function renderValidateText(report, options) {
  let lines = report.problems.map((d) => formatDiagnostic(d, options.color));
  return lines.push(summaryText(report)), `${lines.join(`
`)}
`;
}

// src/index.ts
init_families();
init_fields();

// src/schema/jsonSchema.ts
init_zod();
init_plan();
init_rules();
var schemaId = "https://github.com/plans-cli/plans/schemas/plan.schema.json";
function planJsonSchema() {
  let schema2 = toJSONSchema(planSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "throw"
  }), families2 = schema2.properties.clauses.properties;
  for (let rule of dependentRules) {
    let family = families2[rule.family], allOf = family.allOf ?? [];
    allOf.push({
      if: { properties: { [rule.field]: { const: rule.equals } }, required: [rule.field] },
      // JSON Schema's if/then keywords (biome's noThenProperty is off for this reason).
      then: { required: [rule.requires] }
    }), family.allOf = allOf;
  }
  return { $schema: schema2.$schema, $id: schemaId, ...schema2 };
}

// src/index.ts
init_plan();
init_vocab();

// src/validate/report.ts
function buildReport(files, problems) {
  let results = files.map(({ file, id }) => {
    let mine = problems.filter((p) => p.file === file), errors2 = mine.filter((p) => p.severity === "error").length;
    return {
      file,
      ...id ? { id } : {},
      valid: errors2 === 0,
      errors: errors2,
      warnings: mine.length - errors2
    };
  }), errors = problems.filter((p) => p.severity === "error").length;
  return {
    version: 1,
    files: results,
    problems,
    summary: {
      files: results.length,
      valid: results.filter((r) => r.valid).length,
      invalid: results.filter((r) => !r.valid).length,
      errors,
      warnings: problems.length - errors
    }
  };
}
export {
  buildReport,
  checkCorpus,
  comparePlans,
  diagnosticCodes,
  diffPlans,
  families,
  listKeyFields,
  loadPlan,
  parsePlan,
  planHistory,
  planJsonSchema,
  plansDiffer,
  renderCompareJson,
  renderCompareMarkdown,
  renderCompareTable,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffTable,
  renderDiffText,
  renderHistoryJson,
  renderHistoryMarkdown,
  renderHistoryText,
  renderShowJson,
  renderShowMarkdown,
  renderShowText,
  renderValidateGithub,
  renderValidateJson,
  renderValidateText,
  typedFamilies,
  vocabularies
};
