// Written by test/scripts/partial-schema.ts (npm run schema:partials) from src/cli/partial-types.ts: do not edit.
// The JSON Schema of each command's partial file, which merge checks a partial against.
export const PARTIAL_SCHEMA = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "definitions": {
    "CheckFormat": {
      "type": "string",
      "enum": [
        "table",
        "json",
        "ndjson",
        "html"
      ]
    },
    "CheckPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "check"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/CheckFormat"
            },
            "minScore": {
              "type": "number"
            },
            "events": {
              "type": "boolean"
            },
            "all": {
              "type": "boolean"
            },
            "kinds": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/FindingKind"
              }
            },
            "clean": {
              "type": "boolean"
            }
          },
          "required": [
            "format",
            "all",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/CheckSummary"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "CheckSummary": {
      "type": "object",
      "properties": {
        "conferenceDates": {
          "type": "object",
          "additionalProperties": {
            "type": "object",
            "properties": {
              "series": {
                "type": "string"
              },
              "days": {
                "type": "number"
              },
              "articles": {
                "type": "object",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "$ref": "#/definitions/Stated"
                  }
                }
              }
            },
            "required": [
              "series",
              "days",
              "articles"
            ],
            "additionalProperties": false
          }
        },
        "titles": {
          "type": "object",
          "additionalProperties": {
            "type": "object",
            "additionalProperties": {
              "type": "object",
              "additionalProperties": {
                "$ref": "#/definitions/TitleSide"
              }
            }
          }
        },
        "claims": {
          "type": "object",
          "additionalProperties": {
            "type": "object",
            "properties": {
              "subject": {
                "type": "string"
              },
              "conference": {
                "type": "boolean"
              },
              "articles": {
                "type": "object",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "$ref": "#/definitions/Stated"
                  }
                }
              }
            },
            "required": [
              "subject",
              "conference",
              "articles"
            ],
            "additionalProperties": false
          }
        },
        "near": {
          "$ref": "#/definitions/NearIndex"
        }
      },
      "required": [
        "conferenceDates",
        "titles",
        "claims",
        "near"
      ],
      "additionalProperties": false
    },
    "CollocationSummary": {
      "type": "object",
      "properties": {
        "node": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "left": {
          "type": "number"
        },
        "right": {
          "type": "number"
        },
        "documents": {
          "type": "number"
        },
        "words": {
          "type": "number"
        },
        "nodes": {
          "type": "number"
        },
        "window": {
          "type": "number"
        },
        "freq": {
          "type": "object",
          "additionalProperties": {
            "type": "number"
          }
        },
        "cooc": {
          "type": "object",
          "additionalProperties": {
            "type": "number"
          }
        },
        "forms": {
          "type": "object",
          "additionalProperties": {
            "type": "object",
            "additionalProperties": {
              "type": "number"
            }
          }
        }
      },
      "required": [
        "node",
        "left",
        "right",
        "documents",
        "words",
        "nodes",
        "window",
        "freq",
        "cooc",
        "forms"
      ],
      "additionalProperties": false
    },
    "CollocationsPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "collocations"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/Format"
            },
            "clean": {
              "type": "boolean"
            },
            "left": {
              "type": "number"
            },
            "right": {
              "type": "number"
            },
            "measure": {
              "$ref": "#/definitions/Measure"
            },
            "min": {
              "type": "number"
            },
            "top": {
              "type": "number"
            },
            "stopwords": {
              "type": "string"
            },
            "word": {
              "type": "string"
            }
          },
          "required": [
            "format",
            "clean",
            "left",
            "right",
            "measure",
            "min",
            "word"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/CollocationSummary"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "ConferenceInArticle": {
      "type": "object",
      "properties": {
        "path": {
          "type": "string"
        },
        "forms": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "line": {
          "type": "number"
        },
        "term": {
          "type": "number"
        },
        "dates": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DateStated"
          }
        },
        "counts": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/FigureInContext"
          }
        }
      },
      "required": [
        "path",
        "forms",
        "line",
        "dates",
        "counts"
      ],
      "additionalProperties": false
    },
    "ConferencesPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "conferences"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/SummaryFormat"
            },
            "series": {
              "type": "string"
            },
            "number": {
              "type": "number"
            },
            "clean": {
              "type": "boolean"
            }
          },
          "required": [
            "format",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/ConferencesSummary"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "ConferencesSummary": {
      "type": "object",
      "additionalProperties": {
        "type": "object",
        "properties": {
          "number": {
            "type": "number"
          },
          "series": {
            "type": "object",
            "additionalProperties": {
              "type": "number"
            }
          },
          "mentions": {
            "type": "number"
          },
          "articles": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/definitions/ConferenceInArticle"
            }
          }
        },
        "required": [
          "number",
          "series",
          "mentions",
          "articles"
        ],
        "additionalProperties": false
      }
    },
    "Counts": {
      "type": "object",
      "additionalProperties": {
        "type": "number"
      }
    },
    "DateStated": {
      "type": "object",
      "properties": {
        "text": {
          "type": "string"
        },
        "value": {
          "type": "string"
        },
        "line": {
          "type": "number"
        },
        "sentence": {
          "type": "string"
        }
      },
      "required": [
        "text",
        "value",
        "line",
        "sentence"
      ],
      "additionalProperties": false
    },
    "DedupeArticle": {
      "type": "object",
      "properties": {
        "shingles": {
          "type": "number"
        },
        "minhash": {
          "type": "array",
          "items": {
            "type": "number"
          }
        },
        "title": {
          "type": "string"
        },
        "lead": {
          "type": "array",
          "items": {
            "type": "number"
          }
        },
        "filter": {
          "type": "string"
        }
      },
      "required": [
        "filter",
        "lead",
        "minhash",
        "shingles",
        "title"
      ],
      "additionalProperties": false
    },
    "DedupeIndex": {
      "type": "object",
      "properties": {
        "shingleSize": {
          "type": "number"
        },
        "signatureSize": {
          "type": "number"
        },
        "articles": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/DedupeArticle"
          }
        },
        "leadShingles": {
          "type": "number"
        }
      },
      "required": [
        "articles",
        "leadShingles",
        "shingleSize",
        "signatureSize"
      ],
      "additionalProperties": false
    },
    "DedupePartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "dedupe"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/SummaryFormat"
            },
            "clean": {
              "type": "boolean"
            },
            "threshold": {
              "type": "number"
            },
            "minLead": {
              "type": "number"
            },
            "minShingles": {
              "type": "number"
            }
          },
          "required": [
            "format",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/DedupeIndex"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "FigureInContext": {
      "type": "object",
      "properties": {
        "path": {
          "type": "string"
        },
        "line": {
          "type": "number"
        },
        "text": {
          "type": "string"
        },
        "value": {
          "type": "number"
        },
        "value_max": {
          "type": "number"
        },
        "unit": {
          "type": [
            "string",
            "null"
          ]
        },
        "qualifier": {
          "anyOf": [
            {
              "$ref": "#/definitions/FigureQualifier"
            },
            {
              "type": "null"
            }
          ]
        },
        "sentence": {
          "type": "string"
        }
      },
      "required": [
        "path",
        "line",
        "text",
        "value",
        "unit",
        "qualifier",
        "sentence"
      ],
      "additionalProperties": false
    },
    "FigureQualifier": {
      "type": "string",
      "enum": [
        "more_than",
        "nearly",
        "about",
        "less_than",
        "at_least"
      ]
    },
    "FiguresPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "figures"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/Format"
            },
            "clean": {
              "type": "boolean"
            },
            "unit": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "min": {
              "type": "string"
            },
            "max": {
              "type": "string"
            },
            "grep": {
              "type": "string"
            }
          },
          "required": [
            "format",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "type": "object",
                "properties": {
                  "path": {
                    "type": "string"
                  },
                  "value": {
                    "type": "array",
                    "items": {
                      "$ref": "#/definitions/FigureInContext"
                    }
                  }
                },
                "required": [
                  "path",
                  "value"
                ],
                "additionalProperties": false
              },
              {
                "type": "object",
                "properties": {
                  "path": {
                    "type": "string"
                  },
                  "error": {
                    "type": "string"
                  }
                },
                "required": [
                  "path",
                  "error"
                ],
                "additionalProperties": false
              }
            ]
          }
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "FindingKind": {
      "type": "string",
      "enum": [
        "conference_date",
        "conference_count",
        "official_title",
        "claim",
        "near_duplicate",
        "event_figure",
        "event_period"
      ]
    },
    "Format": {
      "type": "string",
      "enum": [
        "table",
        "json",
        "ndjson",
        "csv"
      ]
    },
    "FreqPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "freq"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/Format"
            },
            "clean": {
              "type": "boolean"
            },
            "stopwords": {
              "type": "string"
            },
            "min": {
              "type": "number"
            },
            "top": {
              "type": "number"
            },
            "topByDefault": {
              "type": "boolean"
            }
          },
          "required": [
            "format",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/FreqSummary"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "FreqSummary": {
      "type": "object",
      "properties": {
        "words": {
          "type": "number"
        },
        "documents": {
          "type": "number"
        },
        "counts": {
          "$ref": "#/definitions/Counts"
        },
        "docs": {
          "$ref": "#/definitions/Counts"
        },
        "forms": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Counts"
          }
        }
      },
      "required": [
        "words",
        "documents",
        "counts",
        "docs",
        "forms"
      ],
      "additionalProperties": false
    },
    "KeywordsPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "keywords"
        },
        "options": {
          "type": "object",
          "properties": {
            "reference": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "minG2": {
              "type": "number"
            },
            "tfidf": {
              "type": "boolean"
            },
            "format": {
              "$ref": "#/definitions/Format"
            },
            "clean": {
              "type": "boolean"
            },
            "stopwords": {
              "type": "string"
            },
            "min": {
              "type": "number"
            },
            "top": {
              "type": "number"
            },
            "topByDefault": {
              "type": "boolean"
            }
          },
          "required": [
            "tfidf",
            "format",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "anyOf": [
            {
              "$ref": "#/definitions/KeywordsState"
            },
            {
              "$ref": "#/definitions/TfidfState"
            }
          ]
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "KeywordsState": {
      "type": "object",
      "properties": {
        "target": {
          "$ref": "#/definitions/FreqSummary"
        },
        "reference": {
          "$ref": "#/definitions/FreqSummary"
        }
      },
      "required": [
        "target",
        "reference"
      ],
      "additionalProperties": false
    },
    "Measure": {
      "type": "string",
      "enum": [
        "ll",
        "pmi",
        "tscore"
      ]
    },
    "NearArticle": {
      "type": "object",
      "properties": {
        "shingles": {
          "type": "number"
        },
        "minhash": {
          "type": "string"
        },
        "sentences": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "figures": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/NearFigure"
          }
        },
        "date": {
          "type": "string"
        },
        "year": {
          "type": "string"
        },
        "days": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "names": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "sentenceNames": {
          "type": "array",
          "items": {
            "type": "array",
            "items": {
              "type": "number"
            }
          }
        },
        "terms": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "quantities": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Quantity"
          }
        }
      },
      "required": [
        "shingles",
        "minhash",
        "sentences",
        "figures",
        "days",
        "names",
        "sentenceNames",
        "terms",
        "quantities"
      ],
      "additionalProperties": false
    },
    "NearFigure": {
      "type": "object",
      "properties": {
        "line": {
          "type": "number"
        },
        "text": {
          "type": "string"
        },
        "value": {
          "type": "number"
        },
        "value_max": {
          "type": "number"
        },
        "unit": {
          "type": "string"
        },
        "qualifier": {
          "$ref": "#/definitions/FigureQualifier"
        },
        "sentence": {
          "type": "number"
        }
      },
      "required": [
        "line",
        "text",
        "value",
        "unit",
        "sentence"
      ],
      "additionalProperties": false
    },
    "NearIndex": {
      "type": "object",
      "properties": {
        "shingleSize": {
          "type": "number"
        },
        "signatureSize": {
          "type": "number"
        },
        "paths": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "articles": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/NearArticle"
          }
        }
      },
      "required": [
        "shingleSize",
        "signatureSize",
        "paths",
        "articles"
      ],
      "additionalProperties": false
    },
    "NgramSummary": {
      "type": "object",
      "properties": {
        "documents": {
          "type": "number"
        },
        "counts": {
          "$ref": "#/definitions/Counts"
        },
        "docs": {
          "$ref": "#/definitions/Counts"
        }
      },
      "required": [
        "documents",
        "counts",
        "docs"
      ],
      "additionalProperties": false
    },
    "NgramsPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "ngrams"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/Format"
            },
            "clean": {
              "type": "boolean"
            },
            "stopwords": {
              "type": "string"
            },
            "min": {
              "type": "number"
            },
            "top": {
              "type": "number"
            },
            "topByDefault": {
              "type": "boolean"
            },
            "sizes": {
              "type": "array",
              "items": {
                "type": "number"
              }
            }
          },
          "required": [
            "format",
            "clean",
            "sizes"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/NgramSummary"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "OfficialsPartial": {
      "type": "object",
      "properties": {
        "vnews_partial": {
          "type": "number",
          "const": 1
        },
        "command": {
          "type": "string",
          "const": "officials"
        },
        "options": {
          "type": "object",
          "properties": {
            "format": {
              "$ref": "#/definitions/SummaryFormat"
            },
            "name": {
              "type": "string"
            },
            "clean": {
              "type": "boolean"
            }
          },
          "required": [
            "format",
            "clean"
          ],
          "additionalProperties": false
        },
        "inputs": {
          "type": "number"
        },
        "errors": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "path": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "path",
              "message"
            ],
            "additionalProperties": false
          }
        },
        "state": {
          "$ref": "#/definitions/OfficialsSummary"
        }
      },
      "required": [
        "vnews_partial",
        "command",
        "options",
        "inputs",
        "errors",
        "state"
      ],
      "additionalProperties": false
    },
    "OfficialsSummary": {
      "type": "object",
      "additionalProperties": {
        "type": "object",
        "properties": {
          "names": {
            "type": "object",
            "additionalProperties": {
              "type": "number"
            }
          },
          "mentions": {
            "type": "number"
          },
          "titles": {
            "type": "object",
            "additionalProperties": {
              "type": "object",
              "properties": {
                "forms": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "number"
                  }
                },
                "articles": {
                  "type": "object",
                  "additionalProperties": {
                    "type": "string"
                  }
                }
              },
              "required": [
                "forms",
                "articles"
              ],
              "additionalProperties": false
            }
          },
          "articles": {
            "type": "object",
            "additionalProperties": {
              "type": "boolean",
              "const": true
            }
          }
        },
        "required": [
          "names",
          "mentions",
          "titles",
          "articles"
        ],
        "additionalProperties": false
      }
    },
    "Quantity": {
      "type": "object",
      "properties": {
        "kind": {
          "type": "string",
          "enum": [
            "figure",
            "rank",
            "period"
          ]
        },
        "line": {
          "type": "number"
        },
        "text": {
          "type": "string"
        },
        "value": {
          "type": [
            "number",
            "string"
          ]
        },
        "value_max": {
          "type": "number"
        },
        "unit": {
          "type": "string"
        },
        "qualifier": {
          "$ref": "#/definitions/FigureQualifier"
        },
        "rank": {
          "type": "number"
        },
        "sentence": {
          "type": "number"
        },
        "context": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "years": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "days": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "kind",
        "line",
        "text",
        "value",
        "sentence",
        "context",
        "years"
      ],
      "additionalProperties": false
    },
    "Stated": {
      "type": "object",
      "properties": {
        "line": {
          "type": "number"
        },
        "text": {
          "type": "string"
        },
        "value": {
          "type": [
            "number",
            "string"
          ]
        },
        "value_max": {
          "type": "number"
        },
        "unit": {
          "type": "string"
        },
        "qualifier": {
          "$ref": "#/definitions/FigureQualifier"
        },
        "rank": {
          "type": "number"
        },
        "sentence": {
          "type": "string"
        },
        "copies": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "required": [
        "line",
        "text",
        "value",
        "sentence"
      ],
      "additionalProperties": false
    },
    "SummaryFormat": {
      "$ref": "#/definitions/Format"
    },
    "TfidfState": {
      "type": "object",
      "properties": {
        "target": {
          "$ref": "#/definitions/FreqSummary"
        },
        "documents": {
          "type": "array",
          "items": {
            "type": "array",
            "minItems": 2,
            "items": [
              {
                "type": "string"
              },
              {
                "$ref": "#/definitions/Counts"
              }
            ],
            "maxItems": 2
          }
        }
      },
      "required": [
        "target",
        "documents"
      ],
      "additionalProperties": false
    },
    "TitleSide": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "roles": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "side": {
          "$ref": "#/definitions/Stated"
        }
      },
      "required": [
        "name",
        "roles",
        "side"
      ],
      "additionalProperties": false
    }
  }
} as const;
