import { createRequire as __plansRequire } from 'node:module'; const require = __plansRequire(import.meta.url);
import {
  vocabularies
} from "./chunk-ZEJAKNRH.js";

// src/schema/plan-shape.json
var plan_shape_default = {
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

// src/schema/introspect.ts
var root = plan_shape_default;
function shapeAt(path, from = root) {
  let node = from;
  for (let seg of path) {
    if (!node) return;
    if (node.kind === "object") node = node.keys[String(seg)];
    else if (node.kind === "array") node = node.element;
    else if (node.kind === "record") node = node.value;
    else return;
  }
  return node;
}
function keysAt(path) {
  let node = shapeAt(path);
  return node?.kind === "object" ? Object.keys(node.keys) : [];
}
var byName = new Map(Object.values(vocabularies).map((v) => [v.name, v]));
function vocabularyAt(path) {
  let node = shapeAt(path);
  return node?.kind === "array" && (node = node.element), node?.kind === "leaf" && node.vocabulary ? byName.get(node.vocabulary) : void 0;
}

export {
  shapeAt,
  keysAt,
  vocabularyAt
};
