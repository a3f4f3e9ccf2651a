// End-to-end tests of python3's redis module (redis-py 3.5.3 as pip installs it): importable only
// after pip install, redis-py's connection error texts (connection.py _error_message: "Error -2
// connecting to redis:6379. Name or service not known."), the RESP bytes it sends (checked against
// what nc received) and reply conversion.

import { describe, expect, it } from 'vitest';
import { runSh } from '../../../helpers/run';

describe('python3 redis module', () => {
  it('is not importable before pip installed it', () => {
    const r = runSh('python3 -c "import redis"; echo rc=$?');
    expect(r.output).toBe(
      'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n' +
        "ModuleNotFoundError: No module named 'redis'\nrc=1\n",
    );
  });

  it('raises ConnectionError (a RedisError) when no server can be reached', () => {
    const r = runSh(
      'pip install -q redis 2>/dev/null\n' +
        'python3 -c \'import redis\nfor r in [redis.Redis(host="redis", db=0), redis.Redis(port=6390)]:\n' +
        '    try:\n        r.incr("counter")\n    except redis.RedisError as e:\n        print(type(e).__name__, e)\n' +
        "print(issubclass(redis.ConnectionError, redis.exceptions.RedisError))'",
    );
    expect(r.output).toBe(
      'ConnectionError Error -2 connecting to redis:6379. Name or service not known.\n' +
        'ConnectionError Error 111 connecting to localhost:6390. Connection refused.\nTrue\n',
    );
  });

  it('speaks RESP to a server', () => {
    const r = runSh(
      'pip install -q redis 2>/dev/null\n' +
        "printf '+OK\\r\\n$2\\r\\nhi\\r\\n:5\\r\\n-ERR value is not an integer or out of range\\r\\n' | nc -l -p 6379 > /tmp/got &\n" +
        'sleep 1\n' +
        'python3 -c \'import redis\nr = redis.Redis()\nprint(r.set("a", "hi"), r.get("a"), r.incr("n", 5))\n' +
        'try:\n    r.incr("a")\nexcept redis.ResponseError as e:\n    print(e)\'\n' +
        'wait; python3 -c \'print(repr(open("/tmp/got").read()))\'',
    );
    expect(r.output).toBe(
      "True b'hi' 5\nvalue is not an integer or out of range\n" +
        "'*3\\r\\n$3\\r\\nSET\\r\\n$1\\r\\na\\r\\n$2\\r\\nhi\\r\\n*2\\r\\n$3\\r\\nGET\\r\\n$1\\r\\na\\r\\n" +
        "*3\\r\\n$6\\r\\nINCRBY\\r\\n$1\\r\\nn\\r\\n$1\\r\\n5\\r\\n*3\\r\\n$6\\r\\nINCRBY\\r\\n$1\\r\\na\\r\\n$1\\r\\n1\\r\\n'\n",
    );
  });
});
