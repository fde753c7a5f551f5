import { build } from 'esbuild';
const e = process.argv[2];
const r = await build({ entryPoints:[e], bundle:true, platform:'node', format:'esm', target:'node24', minify:true, write:false, metafile:true, outfile:`/tmp/x/a.mjs`, external:['@aws-sdk/*'], logLevel:'error'});
const out = Object.values(r.metafile.outputs).find(o=>o.entryPoint);
const by = {};
for (const [f, i] of Object.entries(out.inputs)) { const m = f.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k = m? m[1] : f.split('/').slice(0,3).join('/'); by[k]=(by[k]||0)+i.bytesInOutput; }
console.log(out.bytes, Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,12).map(([k,v])=>k+' '+v).join(', '));
