import S3rver from 's3rver';
import { S3Client, PutObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, DeleteObjectsCommand } from '@aws-sdk/client-s3';
import { mkdtempSync } from 'node:fs';
const dir = mkdtempSync('/tmp/s3r-');
const server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true, configureBuckets: [{ name: 'b' }] });
const addr = await server.run();
console.log(addr);
const c = new S3Client({ region: 'us-east-1', endpoint: `http://127.0.0.1:${addr.port}`, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
await c.send(new PutObjectCommand({ Bucket: 'b', Key: 'p/x', Body: 'hello' }));
try { await c.send(new PutObjectCommand({ Bucket: 'b', Key: 'p/x', Body: 'hello2', IfNoneMatch: '*' })); console.log('ifnonematch ignored'); } catch (e) { console.log('ifnonematch', e.name, e.$metadata?.httpStatusCode); }
const g = await c.send(new GetObjectCommand({ Bucket: 'b', Key: 'p/x' }));
console.log(await g.Body.transformToString(), g.ContentLength);
try { await c.send(new HeadObjectCommand({ Bucket: 'b', Key: 'nope' })); } catch (e) { console.log(e.name, e.$metadata.httpStatusCode); }
try { await c.send(new GetObjectCommand({ Bucket: 'b', Key: 'nope' })); } catch (e) { console.log(e.name, e.$metadata.httpStatusCode); }
const l = await c.send(new ListObjectsV2Command({ Bucket: 'b', Prefix: 'p/' }));
console.log(l.Contents.map(o=>[o.Key,o.Size,o.LastModified]));
await server.close();
