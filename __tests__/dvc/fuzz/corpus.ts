/** Seed manifests the fuzzer mutates: every feature of both manifest formats appears once. */
export const CORPUS: readonly Record<string, string>[] = [
  {
    'dvc.yaml': `vars:
  - vars.yaml
  - seed: 1
stages:
  prepare:
    cmd: python src/prepare.py \${data.raw} --lr \${train.lr}
    deps:
      - src/prepare.py
      - \${data.raw}
    params:
      - prepare.split
    outs:
      - data/prepared
  train:
    foreach: \${models}
    do:
      cmd: python train.py \${item.name} \${key}
      deps: [data/prepared]
      outs:
        - models/\${key}.pkl:
            cache: false
  sweep:
    matrix:
      lr: [0.1, 1.0]
      depth: \${depths}
    cmd: python sweep.py --lr \${item.lr} --depth \${item.depth}
    outs: ['sweep/\${item.lr}-\${item.depth}.json']
    metrics:
      - sweep/m-\${key}.json:
          cache: false
`,
    'params.yaml': `prepare:
  split: 0.2
train:
  lr: 20.0
  epochs: 10
`,
    'vars.yaml': `data:
  raw: data/raw.csv
models:
  a: {name: alpha}
  b: {name: beta}
depths: [1, 2, 3]
`,
  },
  {
    'dvc.yaml': `base: &base
  deps: [src/common.py]
stages:
  one:
    <<: *base
    cmd: [echo one, echo two]
    outs: [out/one.txt]
  two:
    cmd: cat out/one.txt > out/two.txt
    deps: [out/one.txt]
    outs: [out/two.txt]
    frozen: false
    always_changed: true
    desc: second
`,
  },
  {
    'reprokit.yml': `env:
  LC_ALL: C
stages:
  prepare:
    cmd: node prepare.js
    deps: [src/prepare.js, "data/*.csv"]
    params: [prepare.split]
    outs: [out/clean.csv]
  report:
    cmd: [node report.js, echo done]
    deps: [out/clean.csv]
    needs: [prepare]
    outs:
      - path: out/report.html
        cache: false
publish:
  pages: out
`,
    'params.yaml': `prepare:
  split: 0.3
`,
  },
];

/** Tokens that make YAML and templating interesting. */
export const TOKENS: readonly string[] = [
  '*',
  '*.py',
  '&a ',
  '*a',
  '<<: *a\n',
  '<<: {x: 1}\n',
  '${',
  '}',
  '${item}',
  '${key}',
  '${missing.key}',
  '${a[0]}',
  '\\${x}',
  '[',
  ']',
  '{',
  ': ',
  '- ',
  '\t',
  '"',
  "'",
  '\n',
  '\n  ',
  '@',
  '../',
  '/abs',
  'foreach: [a, b]\n',
  'matrix: {x: [1, 2], y: [3, 4]}\n',
  'do:\n',
  'vars: [vars.yaml]\n',
  'null',
  '~',
  '20.0',
  '1e3',
  '!!binary ',
  '!!str ',
  '? ',
  '---\n',
  '%YAML 1.1\n',
  'checkpoint: true',
  'live: {}',
  'stages:\n',
  '#',
  '|\n',
  '>-\n',
  '0x1F',
  '.inf',
  '',
];
