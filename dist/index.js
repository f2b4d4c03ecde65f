import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3057:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 9580:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3587:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 3867:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3587)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 6204:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(9580)
const FIFO = __nccwpck_require__(3867)
const TextDecoder = __nccwpck_require__(7934)

const StreamError = __nccwpck_require__(5657)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 5657:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 775:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 5763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(6204)
const FIFO = __nccwpck_require__(3867)
const b4a = __nccwpck_require__(3057)
const headers = __nccwpck_require__(8428)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 8428:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 6118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(5763)
exports.pack = __nccwpck_require__(861)


/***/ }),

/***/ 861:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(6204)
const b4a = __nccwpck_require__(3057)

const constants = __nccwpck_require__(775)
const headers = __nccwpck_require__(8428)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 7934:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(7256)
const UTF8Decoder = __nccwpck_require__(6414)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 7256:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 6414:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3057)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 6642:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

/*!
 * Based on xzwasm (c) Steve Sanderson. License: MIT - https://github.com/SteveSanderson/xzwasm
 * Contains xz-embedded by Lasse Collin and Igor Pavlov. License: Public domain - https://tukaani.org/xz/embedded.html
 * and walloc (c) 2020 Igalia, S.L. License: MIT - https://github.com/wingo/walloc
 */
(function webpackUniversalModuleDefinition(root, factory) {
	if(true)
		module.exports = factory(__nccwpck_require__(3774));
	else {}
})(this, (__WEBPACK_EXTERNAL_MODULE__2__) => {
return /******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ([
/* 0 */,
/* 1 */
/***/ ((module) => {

module.exports = "data:application/wasm;base64,AGFzbQEAAAABOApgAX8Bf2ABfwBgAABgA39/fwF/YAABf2ACf38AYAN/f34BfmACf38Bf2AEf39/fwF/YAN/f38AAyEgAAABAgMDAwMEAQUAAgMCBgcIBwUDAAMHAQcABwcBAwkFAwEAAgYIAX8BQfCgBAsHTgUGbWVtb3J5AgAOY3JlYXRlX2NvbnRleHQACA9kZXN0cm95X2NvbnRleHQACQxzdXBwbHlfaW5wdXQACg9nZXRfbmV4dF9vdXRwdXQACwqQYCDfAgEFf0EAIQECQCAAQQdqIgJBEEkNAEEBIQEgAkEDdiIDQQJGDQBBAiEBIAJBIEkNAEEDIQEgA0EERg0AQQQhASACQTBJDQBBBSEBIANBBkYNAEEGIQEgAkHIAEkNAEEHIQEgAkHYAEkNAEEIIQEgAkGIAUkNAEEJIQEgAkGIAkkNACAAEIGAgIAAIgBBCGpBACAAGw8LAkACQCABQQJ0QcCIgIAAaiIEKAIAIgANAEEAIQACQAJAQQAoAuSIgIAAIgJFDQBBACACKAIANgLkiICAAAwBC0EAEIGAgIAAIgJFDQILIAJBgIB8cSIAIAJBCHZB/wFxIgJyIAE6AAAgACACQQh0ckGAAmohAEEAIQJBACABQQJ0QYCIgIAAaigCACIDayEFIAMhAQNAIAAgBWoiACACNgIAIAAhAiABIANqIgFBgQJJDQALIAQgADYCAAsgBCAAKAIANgIACyAAC/QHAQh/QQAoArCIgIAAIQECQAJAAkACQAJAQQAtALSIgIAARQ0AQQBBADoAtIiAgAAgAUUNAUGwiICAACECA0ACQAJAIAFBCGoiAyABKAIEIgRqIgVBCHZB/wFxIgYNACABIQIMAQsCQANAIAVBgIB8cSAGai0AAEH+AUcNAUGwiICAACEGA0AgBiIHKAIAIgYgBUcNAAsgByAFKAIANgIAIAEgBCAFKAIEakEIaiIENgIEIAcgAiACIAVGGyECIAMgBGoiBUEIdkH/AXEiBg0ACwsgAigCACECCyACKAIAIgENAAtBACgCsIiAgAAhAQsgAUUNACAAQYcCakGAfnEhCEF/IQJBsIiAgAAhBEEAIQNBsIiAgAAhBgNAIAYhBwJAIAEiBigCBCIFIABJDQAgBSACTw0AIAUhAiAHIQQgBiEDIAVBCGogCEcNACAHIQQgBSECIAYhAwwECyAGKAIAIgENAAsgAw0CDAELQbCIgIAAIQQLPwBBEHQhASAAQYgCaiEHQQAhAwJAAkBBACgCuIiAgAAiAkUNAEEAIQUgASEGDAELQQAgAUHwoISAAEH//wNqQYCAfHEiBmsiAjYCuIiAgAAgAiEFCwJAIAcgBU0NACACQQF2IgIgByAFayIHIAIgB0sbQf//A2oiB0EQdkAAQX9GDQJBAEEAKAK4iICAACAHQYCAfHEiA2o2AriIgIAACyAGRQ0BIAZB/wE6AAEgBkEAKAKwiICAADYCgAIgBkGEAmogAyAFakGAgHxxQfh9aiICNgIAIAZBgAJqIQMLIANBgIB8cSIGIANBCHZB/wFxckH/AToAACAEIAMoAgA2AgACQCACIABrQYB+cSIFDQAgAw8LIAMhAQJAIAYgBUF/cyADQQhqIgQgAmoiB2pBgIB8cUYNACAEQf//A3EhBQJAIABB9/0DSw0AIAYgBEEIdkH/AXFqQf4BOgAAIANBACgCsIiAgAA2AgAgA0GAgAQgBWsiBTYCBEEAIAM2ArCIgIAAEIOAgIAAIAZBhIIEaiACIAVrQfh9aiIFNgIAIAZBgYAEakH/AToAACAGQYCCBGohASAFIABrQYB+cSEFDAELIAIgBWogACAFakH//3tqQYCAfHFrQYCAeGohBSADIQELIAEgASgCBCAFazYCBCAFQfgBaiEGIAcgBWtBCHZB/wFxIQUCQANAIAYiB0GAfmohBiAFIgQNAUEBIQUgB0H4AUcNAAsLAkAgB0H4AUYNACACIANqIAZrQYCAfHEiBSAEakH+AToAACAFIARBCHRqIgVBACgCsIiAgAA2AgAgBSAGNgIEQQAgBTYCsIiAgAAQg4CAgAALIAEPC0EAC3wBAn8CQCAARQ0AAkAgAEGAgHxxIABBCHZB/wFxciIBLQAAIgJB/wFHDQAgAEF4aiIAQQAoArCIgIAANgIAQQAgADYCsIiAgAAgAUH+AToAAEEAQQE6ALSIgIAADwsgACACQQJ0QcCIgIAAaiICKAIANgIAIAIgADYCAAsLawECfwJAQQAoArCIgIAAIgAoAgRB/wFLDQAgAEGAgHxxIgEgAEEIdkH/AXEiAHJBCToAAEEAQQAoArCIgIAAKAIANgKwiICAACABIABBCHRyIgBBACgC5IiAgAA2AgBBACAANgLkiICAAAsLTgECfwJAIAAgAUYNACACRQ0AA0ACQCAALQAAIgMgAS0AACIERg0AQQFBfyADIARLGw8LIAFBAWohASAAQQFqIQAgAkF/aiICDQALC0EAC3gBAX8CQAJAIAAgAU8NACACRQ0BIAAhAwNAIAMgAS0AADoAACABQQFqIQEgA0EBaiEDIAJBf2oiAg0ADAILCyAAIAFNDQAgAkUNACABQX9qIQEgAEF/aiEDA0AgAyACaiABIAJqLQAAOgAAIAJBf2oiAg0ACwsgAAssAQF/AkAgAkUNACAAIQMDQCADIAE6AAAgA0EBaiEDIAJBf2oiAg0ACwsgAAt/AQF/AkACQCABIAByIAJyQQNxRQ0AIAJFDQEgACEDA0AgAyABLQAAOgAAIAFBAWohASADQQFqIQMgAkF/aiICDQAMAgsLIAJBBEkNACACQQJ2IQIgACEDA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgAkF/aiICDQALCyAAC4gBAQJ/AkBBAC0A6IiAgAANAEEAQQE6AOiIgIAAEIyAgIAAEI6AgIAAC0GggAgQgICAgAAiAEGAgAQ2AgBBAkGAgIAgEJeAgIAAIQEgAEEUakKAgICAgIDAADcCACAAQRBqIABBoIAEajYCACAAQQhqQgA3AgAgACAAQSBqNgIEIAAgATYCHCAACxUAIAAoAhwQmICAgAAgABCCgICAAAsWACAAQQxqIAE2AgAgAEEIakEANgIACxsAIAAoAhwgAEEEaiAAQQxqKAIARRCWgICAAAtUAQN/QQAhAANAQQghASAAIQIDQEEAIAJBAXFrQaCG4u1+cSACQQF2cyECIAFBf2oiAQ0ACyAAQQJ0QfCIgIAAaiACNgIAIABBAWoiAEGAAkcNAAsLTgACQCABRQ0AIAJBf3MhAgNAIAJB/wFxIAAtAABzQQJ0QfCIgIAAaigCACACQQh2cyECIABBAWohACABQX9qIgENAAsgAkF/cyECCyACC10DAX4BfwF+QgAhAANAQQghASAAIQIDQEIAIAJCAYN9QsKenLzd8pW2SYMgAkIBiIUhAiABQX9qIgENAAsgAKdBA3RB8JCAgABqIAI3AwAgAEIBfCIAQoACUg0ACwtPAAJAIAFFDQAgAkJ/hSECA0AgAkL/AYMgADEAAIWnQQN0QfCQgIAAaikDACACQgiIhSECIABBAWohACABQX9qIgENAAsgAkJ/hSECCyACC8oQAgx/An4CQAJAIAAoAiRFDQAgACgCACECDAELQQAhAiAAQQA6ACggAEIANwMAIABCADcDGCAAQcgAakEAQeQAEIaAgIAAGiAAQawBakEMNgIACyAAIAEoAgQiAzYCECAAQeAAaiEEIABByABqIQUgAEG2AWohBiAAQbABaiEHIABBqAFqIQggASgCECEJAkACQAJAAkADQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDgoBAgAEBQYHCAkKDwsgASgCACEKIAAoAqgBIQIgACgCrAEhCyABKAIEIQwgASgCCCENDAILIAcgACgCqAEiDGogASgCACABKAIEIgJqIAEoAgggAmsiAiAAKAKsASAMayIMIAIgDEkbIgIQh4CAgAAaIAEgASgCBCACajYCBEEAIQwgAEEAIAAoAqgBIAJqIgIgAiAAKAKsASILRhs2AqgBIAIgC0cNESAAQQE2AgACQCAHQaiIgIAAQQYQhICAgABFDQBBBSEMDBILIAZBAkEAEI2AgIAAIAAoALgBRw0QQQYhDCAGLQAADREgACAALQC3ASICNgIgIAJBBEsNEUEBIAJ0QRNxRQ0RCyABKAIEIgwgASgCCCINRg0OAkAgASgCACIKIAxqLQAAIgsNACAAIAw2AhAgASAMQQFqNgIEQQYhAgwMC0EAIQIgAEEANgKoASAAQQI2AgAgACALQQJ0QQRqIgs2AqwBIAAgCzYCQAsgByACaiAKIAxqIA0gDGsiDCALIAJrIgIgDCACSRsiAhCHgICAABogASABKAIEIAJqNgIEQQAhDCAAQQAgACgCqAEgAmoiAiACIAAoAqwBIgtGGzYCqAEgAiALRw0PIAAgAkF8aiICNgKsAUEHIQwgByACQQAQjYCAgAAgByAAKAKsASICaigAAEcNDyAAQQI2AqgBIAAtALEBIgtBP3ENDAJAAkAgC0HAAHFFDQAgACAHIAggAhCRgICAAEEBRw0RIAAgACkDCDcDMCAAKAKsASECIAAtALEBIQsMAQsgAEJ/NwMwC0J/IQ4CQCALwEF/Sg0AIAAgByAIIAIQkYCAgABBAUcNECAAKAKsASECIAApAwghDgsgACAONwM4IAIgACgCqAEiC2tBAkkNDyAAIAtBAWoiCjYCqAEgCCALakEIai0AAEEhRw0MIAAgC0ECaiINNgKoASAIIApqQQhqLQAAQQFHDQwgAiANRg0PIAAgC0EDajYCqAEgACgCsAkgCCANakEIai0AABCcgICAACIMDQ8gACgCrAEiAiAAKAKoASIMIAIgDEsbIQ0CQANAIA0gDEYNASAAIAxBAWoiAjYCqAEgACAMaiELIAIhDCALQbABai0AAA0ODAALCyAFQgA3AwAgAEEANgKoASAAQQM2AgAgBUEIakIANwMACyAAIAEoAgQ2AhAgACABKAIQNgIUIAAoArAJIAEQmYCAgAAhDCAAIAApA0ggASgCBCAAKAIQa618Ig43A0ggACAAKQNQIAEoAhAgACgCFCICayILrXwiDzcDUCAOIAApAzBWDQ0gDyAAKQM4Vg0NAkACQAJAAkAgACgCIEF/ag4EAAMDAQMLIAEoAgwgAmogCyAAKAIYEI2AgIAArSEODAELIAEoAgwgAmogCyAAKQMYEI+AgIAAIQ4LIAAgDjcDGAsgDEEBRw0OAkAgACkDMCIOQn9RDQAgDiAFKQMAUg0OCwJAIAApAzgiDkJ/UQ0AQQchDCAOIAApA1BSDQ8LIAAgACkDSCAANQJAfCAAKQNgfCIPNwNgQgQhDgJAAkACQCAAKAIgQX9qDgQBAgIAAgtCCCEOCyAEIA4gD3w3AwALIAAgACkDaCAAKQNQfDcDaCAAIARBGCAAKAJwEI2AgIAANgJwIABBBDYCACAAIAApA1hCAXw3A1gLAkAgBSkDACIOQgODUA0AIA5CAXwhDiABKAIEIQwgASgCCCELA0AgCyAMRg0NIAEgDEEBaiICNgIEIAEoAgAgDGotAAANDiAFIA43AwAgDkIDgyEPIA5CAXwhDiACIQwgD0IAUg0ACwsgAEEFNgIAC0EBIQIgACgCIEF/ag4EBgcHBQcLIAAgARCSgICAACIMQQFHDQsgAEEHNgIAC0EAIAAoAhBrIQUgAEGAAWopAwAhDiABKAIEIQwCQANAIA4gBSAMaq18QgODUA0BAkAgDCABKAIIRw0AIAAgARCTgICAAAwLCyABIAxBAWoiAjYCBCABKAIAIAxqIQsgAiEMIAstAAANCwwACwsgACABEJOAgIAAQQchDCAEIABBkAFqQRgQhICAgAANCiAAQQg2AgALIAAgAUEgEJSAgIAAIgxBAUcNCSAAQQk2AgBBDCELIABBDDYCrAEMAQsgACgCrAEhCwsgByAAKAKoASIMaiABKAIAIAEoAgQiAmogASgCCCACayICIAsgDGsiDCACIAxJGyICEIeAgIAAGiABIAEoAgQgAmo2AgRBACEMIABBACAAKAKoASACaiICIAIgACgCrAEiC0YbNgKoASACIAtHDQcgABCVgICAACEMDAcLQQEhAiAAIAFBwAAQlICAgAAiDEEBRw0GDAELQQEhAiAAIAFBIBCUgICAACIMQQFHDQULIAAgAjYCAAwACwtBBiEMDAILQQAhDAwBC0EHIQwLAkACQCAAKAIkDQACQAJAIAwOAgADAQtBB0EIIAEoAgQgASgCCEYbIQwLIAEgCTYCECABIAM2AgQgDA8LAkAgDA0AIAMgASgCBEcNACAJIAEoAhBHDQAgAC0AKCEBIABBAToAKCABQQN0DwsgAEEAOgAoCyAMC6YBAQN/AkAgACgCBCIEDQAgAEIANwMICyACKAIAIgUgAyAFIANLGyEGA0ACQCAGIAVHDQBBAA8LIAEgBWotAAAhAyACIAVBAWoiBTYCACAAIANB/wBxrSAErYYgACkDCIQ3AwgCQAJAIAPAIgNBAEgNAAJAIAMNAEEHIQMgBA0CCyAAQQA2AgRBAQ8LQQchAyAAIARBB2oiBDYCBCAEQT9HDQELCyADC6ECAgN/AX4gAEGQAWohAiABQQRqIQMDQAJAIAAgASgCACADIAEoAggQkYCAgAAiBEEBRg0AIABBgAFqIgMgAykDACABKAIEIAAoAhAiA2siAq18NwMAIAAgAyABKAIAaiACIAAoAhgQjYCAgACtNwMYIAQPCwJAAkACQAJAAkAgACgCeA4DAAIBAwsgACAAKQMIIgU3A4gBAkAgBSAAKQNYUQ0AQQcPCyAAQQE2AngMAwsgACAAKQOYASAAKQMIfDcDmAEgACACQRggACgCoAEQjYCAgAA2AqABIABBATYCeCAAIAApA4gBQn98IgU3A4gBDAILIABBAjYCeCAAIAApA5ABIAApAwh8NwOQAQsgACkDiAEhBQsgBUIAUg0AC0EBC0ABAn8gAEGAAWoiAiACKQMAIAEoAgQgACgCECICayIDrXw3AwAgACACIAEoAgBqIAMgACgCGBCNgICAAK03AxgLfAEEfyABKAIEIQMgASgCCCEEA0ACQCAEIANHDQBBAA8LIAEgA0EBaiIFNgIEAkAgASgCACADai0AACAAKQMYIAAoAgQiA62Ip0H/AXFGDQBBBw8LIAAgA0EIaiIGNgIEIAUhAyAGIAJJDQALIABBADYCBCAAQgA3AxhBAQtvAQF/QQchAQJAIABBugFqLwAAQdm0AUcNACAAQbQBakEGQQAQjYCAgAAgAEGwAWooAABHDQAgAEGAAWopAwBCAoggADUAtAFSDQAgAEG4AWotAAANAEEBQQcgACgCICAAQbkBai0AAEYbIQELIAELwAIBA38CQAJAAkAgACgCJA0AIABBADoAKCAAQQA2AgBBASECDAELAkAgACgCAEEKRw0AQQAhAwwCC0ECIQMMAQtBASEDCwJAAkADQAJAAkACQAJAIAMOAwABAwMLIAEoAgQiAyABKAIIIgRGDQQgASgCACEFAkADQCAFIANqLQAADQEgASADQQFqIgM2AgQgACAAKAIEQQFqQQNxNgIEIAQgA0YNBgwACwsCQCAAKAIERQ0AQQcPCyAAKAIkRQ0BIABBADoAKCAAQQA2AgBBASEDDAMLIABCADcDGCAAQQA2AgQgAEHIAGpBAEHkABCGgICAABogAEGsAWpBDDYCAAtBAiEDDAELIAAgARCQgICAACIDQQFHDQIgAEEKNgIAQQAhAwwACwsCQCACDQBBAA8LQQdBASAAKAIEGyEDCyADC3UBAX8CQEG4CRCAgICAACICRQ0AIAIgADYCJCACIAAgARCbgICAACIANgKwCQJAIABFDQAgAkEAOgAoIAJCADcDACACQgA3AxggAkHIAGpBAEHkABCGgICAABogAkGsAWpBDDYCACACDwsgAhCCgICAAAtBAAseAAJAIABFDQAgACgCsAkQnYCAgAAgABCCgICAAAsL3RABCn8gAEHo3QFqIQIgAEHUAGohAyAAQRxqIgRBCGohBQJAAkADQCAAKAJAIQYCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCBCIHIAEoAghJDQAgBkEHRg0BDBELIAYOCQECAwQFBgcACQ4LIAAoAkwhBgwHC0EBIQYgASAHQQFqNgIEIAEoAgAgB2otAAAiB0UNCAJAAkAgB0HfAUsNACAHQQFHDQELIABBgAI7AVACQCAAKAI8DQAgACABKAIMIAEoAhAiBmo2AhggACABKAIUIAZrNgIsCyAEQgA3AgAgBUIANwIADAoLIAAtAFBFDQkMDQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAQQI2AkAgACAHQQh0IAAoAkhqNgJIDAsLIAEgB0EBajYCBCABKAIAIAdqLQAAIQcgAEEDNgJAIAAgByAAKAJIakEBajYCSAwKCyABIAdBAWo2AgQgASgCACAHai0AACEHIABBBDYCQCAAIAdBCHQ2AkwMCQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAIAAoAkQ2AkAgACAHIAAoAkxqQQFqNgJMDAgLIAEgB0EBajYCBEEHIQYgASgCACAHai0AACIHQeABSw0DQQAhCAJAAkAgB0EtTw0AQQAhCQwBCyAHQVNqIgcgB0H/AXFBLW4iCUEtbGshByAJQQFqIQkLIABBfyAJdEF/czYCdAJAIAdB/wFxQQlJDQAgB0F3aiIHIAdB/wFxQQluIghBCWxrIQcgCEEBaiEICyAAIAg2AnAgACAHQf8BcSIHNgJsIAggB2pBBEsNAyADQgA3AgAgA0EIakIANwIAIANBEGpBADYCACAAQX8gCHRBf3M2AnBB+AAhBwNAIAAgB2pBgAg7AQAgB0ECaiIHQeTdAUcNAAsgAEEGNgJAIABBBTYCCCAAQv////8PNwIACyAAKAJMIgpBBUkNBwJAIAAoAggiB0UNACAHQX9qIQYgASgCBCEHIAEoAgghCQNAIAkgB0YNCiABIAdBAWoiCDYCBCABKAIAIAdqLQAAIQcgACAGNgIIIAAgByAAKAIEQQh0cjYCBCAIIQcgBkF/aiIGQX9HDQALCyAAQQc2AkAgACAKQXtqIgY2AkwLIAAgACgCICIHIAEoAhQgASgCEGsiCCAAKAJIIgkgCCAJSRsiCGogACgCLCIJIAkgB2sgCEsbNgIoIAEoAggiCiABKAIEIghrIQcCQAJAAkAgACgC5N0BIgkNACAGDQFBACEGCyACIAlqIAEoAgAgCGpBKiAJayIIIAYgCWsiBiAIIAZJGyIGIAcgBiAHSRsiBxCHgICAABoCQAJAIAAoAuTdASIIIAdqIgYgACgCTEcNACACIAhqIAdqQQBBPyAGaxCGgICAABogACgC5N0BIAdqIQYMAQsCQCAGQRRLDQAgACAGNgLk3QEgASABKAIEIAdqNgIEDAMLIAZBa2ohBgsgAEEANgIQIAAgAjYCDCAAIAY2AhRBByEGIAAQmoCAgABFDQMgACgCECIIIAAoAuTdASIJIAdqSw0DIAAgACgCTCAIayIGNgJMAkAgCCAJTw0AIAAgCSAIayIHNgLk3QEgAiACIAhqIAcQhYCAgAAaDAILIABBADYC5N0BIAEgASgCBCAIIAlraiIINgIEIAEoAggiCiAIayEHCwJAIAdBFUkNACAAIAg2AhAgACABKAIANgIMIAAgCkFraiAIIAZqIAcgBkEVakkbNgIUQQchBiAAEJqAgIAARQ0DIAAoAkwiByAAKAIQIgggASgCBGsiCUkNAyABIAg2AgQgACAHIAlrIgY2AkwgASgCCCAIayIHQRRLDQELIAIgASgCACAIaiAHIAYgByAGSRsiBxCHgICAABogACAHNgLk3QEgASABKAIEIAdqNgIECyAAKAIgIgYgACgCHCIIayEHAkAgACgCPEUNAAJAIAYgACgCLEcNACAAQQA2AiALIAEoAgwgASgCEGogACgCGCAIaiAHEIeAgIAAGiAAKAIgIQYLIAAgBjYCHCABIAEoAhAgB2oiCDYCECAAIAAoAkgiBiAHazYCSAJAIAYgB0cNAEEHIQYgACgCTA0CIAAoAmgNAiAAKAIEDQIgAEEANgJADAQLQQAhBiAIIAEoAhRGDQEgASgCBCABKAIIRw0FIAAoAuTdASAAKAJMTw0FDAELAkADQCAAKAJMIghFDQFBACEGIAEoAggiCSAHTQ0CIAEoAhQiCiABKAIQIgtNDQIgACAIIAkgB2siBiAKIAtrIgkgBiAJSRsiBiAAKAIsIAAoAiAiCWsiCiAGIApJGyIGIAggBiAISRsiBms2AkwgCSAAKAIYaiABKAIAIAdqIAYQhYCAgAAaIAAgACgCICAGaiIHNgIgAkAgACgCJCAHTw0AIAAgBzYCJAsCQCAAKAI8RQ0AAkAgByAAKAIsRw0AIABBADYCIAsgASgCDCABKAIQaiABKAIAIAEoAgRqIAYQhYCAgAAaIAAoAiAhBwsgACAHNgIcIAEgASgCECAGajYCECABIAEoAgQgBmoiBzYCBAwACwsgAEEANgJADAQLIAYPCyAHwEF/Sg0BIABBATYCQCAAIAdBEHRBgID8AHE2AkgCQCAHQcABSQ0AIABBBTYCRCAAQQA6AFEMAwsgAC0AUQ0DIABBBjYCRCAHQaABSQ0CIANCADcCACADQRBqQQA2AgAgA0EIakIANwIAQfgAIQcDQCAAIAdqQYAIOwEAIAdBAmoiB0Hk3QFHDQALCyAAQQU2AgggAEL/////DzcCAAwBCyAHQQJLDQEgAEKDgICAgAE3AkAMAAsLQQcPC0EAC5wYARR/IABBGGohAQJAIABBIGooAgAiAiAAQShqKAIAIgNPDQAgAEHoAGoiBCgCAEUNACABIAQgACgCVBCegICAABogACgCKCEDIAAoAiAhAgsCQCACIANPDQAgAEHYC2ohBSAAQbwNaiEGIABB3A1qIQcgAEHoAGohCCAAQeAVaiEJIABB1ABqIQoDQCAAKAIQIgsgACgCFEsNASAAIAAoAmQiDEEFdGogACgCdCACcSINQQF0aiIOQfgAaiEPAkACQCAAKAIAIgNBgICACEkNACAAKAIEIRAMAQsgACADQQh0IgM2AgAgACALQQFqIgQ2AhAgACAAKAIEQQh0IAAoAgwgC2otAAByIhA2AgQgBCELCwJAAkAgECADQQt2IA8vAQAiEWwiBE8NACAAIAQ2AgAgDyARQYAQIBFrQQV2ajsBACACQX9qIQMCQCACDQAgACgCLCADaiEDCwJAAkAgACgCJCIRDQBBACEDDAELIAEoAgAgA2otAAAhAwsgACAAKAJwIAJxIAAoAmwiD3QgA0EIIA9rdmpBgAxsakHkHWohDgJAAkAgDEEGSw0AQQEhAwNAIA4gA0EBdCIDaiEQAkACQCAAKAIAIgRBgICACEkNACAAKAIEIQwMAQsgACAEQQh0IgQ2AgAgACAAKAIQIg9BAWo2AhAgACAAKAIEQQh0IA8gACgCDGotAAByIgw2AgQLAkACQCAMIARBC3YgEC8BACIRbCIPSQ0AIAAgDCAPazYCBCAEIA9rIQ8gA0EBciEDIBEgEUEFdmshBAwBCyARQYAQIBFrQQV2aiEECyAAIA82AgAgECAEOwEAIANBgAJJDQALIAAoAiAhAgwBCyACIAAoAlQiD0F/c2ohAwJAIAIgD0sNACAAKAIsIANqIQMLAkACQCARDQBBACESDAELIAEoAgAgA2otAAAhEgtBASEDQYACIQ8DQCAOIBJBAXQiEiAPcSITIA9qIANqQQF0aiERAkACQCAEQf///wdNDQAgBCENDAELIAAgBEEIdCINNgIAIAAgC0EBaiIENgIQIAAgEEEIdCAAKAIMIAtqLQAAciIQNgIEIAQhCwsCQAJAIBAgDUELdiARLwEAIgxsIgRPIhQNACAMQYAQIAxrQQV2aiEMDAELIAAgECAEayIQNgIEIA0gBGshBCAMIAxBBXZrIQxBACEPCyAAIAQ2AgAgESAMOwEAIA8gE3MhDyADQQF0IBRyIgNBgAJJDQALCyAAIAJBAWo2AiAgACgCGCACaiADOgAAAkAgACgCJCAAKAIgIgJPDQAgACACNgIkC0EAIQMCQCAAKAJkIgRBBEkNAAJAIARBCUsNACAEQX1qIQMMAQsgBEF6aiEDCyAAIAM2AmQMAQsgACADIARrIgM2AgAgACAQIARrIgQ2AgQgDyARIBFBBXZrOwEAIAAgDEEBdGoiEkH4A2ohDwJAAkAgA0H///8HTQ0AIAshEwwBCyAAIANBCHQiAzYCACAAIAtBAWoiEzYCECAAIARBCHQgACgCDCALai0AAHIiBDYCBAsCQAJAIAQgA0ELdiAPLwEAIhBsIhFJDQAgACADIBFrIgw2AgAgACAEIBFrIgM2AgQgDyAQIBBBBXZrOwEAIBJBkARqIQ8CQAJAIAxB////B00NACATIREMAQsgACAMQQh0Igw2AgAgACATQQFqIhE2AhAgACADQQh0IAAoAgwgE2otAAByIgM2AgQLAkACQCADIAxBC3YgDy8BACIQbCIETw0AIAAgBDYCACAPIBBBgBAgEGtBBXZqOwEAIA5B2ARqIQ8CQCAEQf///wdLDQAgACAEQQh0IgQ2AgAgACARQQFqNgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAIAMgBEELdiAPLwEAIhBsIhFJDQAgACAEIBFrNgIAIAAgAyARazYCBCAPIBAgEEEFdms7AQAMAgsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgAEEBNgJoIABBCUELIAAoAmRBB0kbNgJkDAMLIAAgDCAEayIMNgIAIAAgAyAEayIDNgIEIA8gECAQQQV2azsBACASQagEaiEEAkACQCAMQf///wdNDQAgESEODAELIAAgDEEIdCIMNgIAIAAgEUEBaiIONgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAAkAgAyAMQQt2IAQvAQAiD2wiEE8NACAAIBA2AgAgBCAPQYAQIA9rQQV2ajsBACAAKAJYIQMMAQsgACAMIBBrIhE2AgAgACADIBBrIgM2AgQgBCAPIA9BBXZrOwEAIBJBwARqIQ8CQCARQf///wdLDQAgACARQQh0IhE2AgAgACAOQQFqNgIQIAAgA0EIdCAAKAIMIA5qLQAAciIDNgIECwJAAkAgAyARQQt2IA8vAQAiEGwiBE8NACAQQYAQIBBrQQV2aiEQIAAoAlwhAwwBCyAAIAMgBGs2AgQgACgCYCEDIAAgACgCXDYCYCARIARrIQQgECAQQQV2ayEQCyAAIAQ2AgAgDyAQOwEAIAAgACgCWDYCXAsgACAAKAJUNgJYIAAgAzYCVAsgAEEIQQsgACgCZEEHSRs2AmQgACAJIA0Qn4CAgAAMAQsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgACAAKAJcNgJgIAAgACkCVDcCWCAAQQdBCiAAKAJkQQdJGzYCZCAAIAcgDRCfgICAACAKIAAoAmgiA0F+akEDIANBBkkbQQd0akGEB2ohDUEBIQMDQCANIANBAXQiA2ohEAJAAkAgACgCACIEQYCAgAhJDQAgACgCBCEMDAELIAAgBEEIdCIENgIAIAAgACgCECIPQQFqNgIQIAAgACgCBEEIdCAPIAAoAgxqLQAAciIMNgIECwJAAkAgDCAEQQt2IBAvAQAiEWwiD0kNACAAIAwgD2s2AgQgBCAPayEPIANBAXIhAyARIBFBBXZrIQQMAQsgEUGAECARa0EFdmohBAsgACAPNgIAIBAgBDsBACADQcAASQ0ACwJAIANBQGoiBEEDSw0AIAAgBDYCVAwBCyAAIANBAXFBAnIiDzYCVCAEQQF2IRACQCAEQQ1LDQAgACAPIBBBf2oiDnQiBDYCVEEBIQ8gBSAEQQF0akHAACADa0EBdGpBfmohEkEAIQwDQCASIA9BAXQiD2ohEAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCENDAELIAAgA0EIdCIDNgIAIAAgACgCECIEQQFqNgIQIAAgACgCBEEIdCAEIAAoAgxqLQAAciINNgIECwJAAkAgDSADQQt2IBAvAQAiEWwiBEkNACAAIA0gBGs2AgQgACAAKAJUQQEgDHRqNgJUIAMgBGshBCAPQQFyIQ8gESARQQV2ayEDDAELIBFBgBAgEWtBBXZqIQMLIAAgBDYCACAQIAM7AQAgDiAMQQFqIgxHDQAMAgsLIBBBe2ohECAAKAIEIQQgACgCACEDA0ACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIhFBAWo2AhAgBEEIdCARIAAoAgxqLQAAciEECyAAIANBAXYiAzYCACAAIAQgA2siBEEfdSIRIA9BAXRqQQFqIg82AlQgACARIANxIARqIgQ2AgQgEEF/aiIQDQALIAAgD0EEdDYCVEEAIQxBASEPA0AgBiAPQQF0Ig9qIRACQAJAIAAoAgAiA0GAgIAISQ0AIAAoAgQhDQwBCyAAIANBCHQiAzYCACAAIAAoAhAiBEEBajYCECAAIAAoAgRBCHQgBCAAKAIMai0AAHIiDTYCBAsCQAJAIA0gA0ELdiAQLwEAIhFsIgRJDQAgACANIARrNgIEIAAgACgCVEEBIAx0ajYCVCADIARrIQQgD0EBciEPIBEgEUEFdmshAwwBCyARQYAQIBFrQQV2aiEDCyAAIAQ2AgAgECADOwEAIAxBAWoiDEEERw0ACwsCQCABIAggACgCVBCegICAAA0AQQAPCyAAKAIgIQILIAIgACgCKEkNAAsLQQEhAwJAIAAoAgAiBEH///8HSw0AIAAgBEEIdDYCAEEBIQMgACAAKAIQIgRBAWo2AhAgACAAKAIEQQh0IAQgACgCDGotAAByNgIECyADC3ABAX8CQEGo3gEQgICAgAAiAkUNACACQTRqIAE2AgAgAkE8aiAANgIAAkACQAJAIABBf2oOAgABAgsgAiABEICAgIAAIgA2AhggAA0BIAIQgoCAgAAMAgsgAkEANgIYIAJBOGpBADYCAAsgAg8LQQAL0gEBAn9BBiECAkAgAUEnSw0AIABBMGogAUEBcUECciABQQF2QQtqdCIBNgIAAkACQCAAQTxqKAIAIgNFDQBBBCECIAEgAEE0aigCAEsNAiAAQSxqIAE2AgAgA0ECRw0AIABBOGoiAygCACABTw0AIAAgATYCOCAAKAIYEIKAgIAAIAAgACgCMBCAgICAACIBNgIYIAENAEEDIQIMAQtBACECIABBADYCQCAAQdAAakEBOgAAIABB6ABqQQA2AgAgAEHk3QFqIQMLIANBADYCAAsgAgsjAAJAIABBPGooAgBFDQAgACgCGBCCgICAAAsgABCCgICAAAvHAQEDf0EAIQMCQCAAKAIMIAJNDQAgACgCGCACTQ0AIAEgASgCACIDIAAoAhAgACgCCCIEayIFIAMgBSADSRsiBWs2AgAgBCACQX9zaiEDAkAgBCACSw0AIAAoAhQgA2ohAwsDQCAAKAIAIgIgA2otAAAhASAAIAAoAggiBEEBajYCCCACIARqIAE6AABBACADQQFqIgMgAyAAKAIURhshAyAFQX9qIgUNAAtBASEDIAAoAgwgACgCCCIFTw0AIAAgBTYCDAsgAwvoBAEGfwJAAkAgACgCACIDQYCAgAhJDQAgACgCBCEEDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciIENgIECwJAAkAgBCADQQt2IAEvAQAiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBACABIAJBBHRqQQRqIQdBCCEIQQIhAQwBCyAAIAMgBmsiAzYCACAAIAQgBmsiBDYCBCABIAUgBUEFdms7AQACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIgVBAWo2AhAgACAEQQh0IAUgACgCDGotAAByIgQ2AgQLAkAgBCADQQt2IAEvAQIiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBAiABIAJBBHRqQYQCaiEHQQghCEEKIQEMAQsgACADIAZrNgIAIAAgBCAGazYCBCABIAUgBUEFdms7AQIgAUGEBGohB0GAAiEIQRIhAQsgAEHoAGogATYCAEEBIQEDQCAHIAFBAXQiAWohBAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCECDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciICNgIECwJAAkAgAiADQQt2IAQvAQAiBmwiBUkNACAAIAIgBWs2AgQgAyAFayEFIAFBAXIhASAGIAZBBXZrIQMMAQsgBkGAECAGa0EFdmohAwsgACAFNgIAIAQgAzsBACABIAhJDQALIABB6ABqIgAgASAIayAAKAIAajYCAAsLNQEAQYAICy4IAAAAEAAAABgAAAAgAAAAKAAAADAAAABAAAAAUAAAAIAAAAAAAQAA/Td6WFoA";

/***/ }),
/* 2 */
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_MODULE__2__;

/***/ })
/******/ 	]);
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nested_webpack_require_18035__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nested_webpack_require_18035__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nested_webpack_require_18035__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nested_webpack_require_18035__.o(definition, key) && !__nested_webpack_require_18035__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nested_webpack_require_18035__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nested_webpack_require_18035__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __nested_webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be isolated against other modules in the chunk.
(() => {
__nested_webpack_require_18035__.r(__nested_webpack_exports__);
/* harmony export */ __nested_webpack_require_18035__.d(__nested_webpack_exports__, {
/* harmony export */   XzReadableStream: () => (/* binding */ XzReadableStream)
/* harmony export */ });
/* harmony import */ var _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__ = __nested_webpack_require_18035__(1);


const ReadableStream = globalThis.ReadableStream
    // Node < 18 support web streams, but it's not available as a global, so we need to require it.
    // This won't be reached in modern browsers, and bundlers will ignore due to 'browser' field in package.json:
    || (__nested_webpack_require_18035__(2).ReadableStream);

const XZ_OK = 0;
const XZ_STREAM_END = 1;

class XzContext {
    constructor(moduleInstance) {
        this.exports = moduleInstance.exports;
        this.memory = this.exports.memory;
        this.ptr = this.exports.create_context();
        this._refresh();
        this.bufSize = this.mem32[0];
        this.inStart = this.mem32[1] - this.ptr;
        this.inEnd = this.inStart + this.bufSize;
        this.outStart = this.mem32[4] - this.ptr;
    }

    supplyInput(sourceDataUint8Array) {
        this._refresh();
        const inBuffer = this.mem8.subarray(this.inStart, this.inEnd);
        inBuffer.set(sourceDataUint8Array, 0);
        this.exports.supply_input(this.ptr, sourceDataUint8Array.byteLength);
        this._refresh();
    }

    getNextOutput() {
        const result = this.exports.get_next_output(this.ptr);
        this._refresh();
        if (result !== XZ_OK && result !== XZ_STREAM_END) {
            throw new Error(`get_next_output failed with error code ${result}`);
        }
        const outChunk = this.mem8.slice(this.outStart, this.outStart + /* outPos */ this.mem32[5]);
        return { outChunk, finished: result === XZ_STREAM_END };
    }

    needsMoreInput() {
        return /* inPos */ this.mem32[2] === /* inSize */ this.mem32[3];
    }

    outputBufferIsFull() {
        return /* outPos */ this.mem32[5] === this.bufSize;
    }

    resetOutputBuffer() {
        this.outPos = this.mem32[5] = 0;
    }

    dispose() {
        this.exports.destroy_context(this.ptr);
        this.exports = null;
    }

    _refresh() {
        if (this.memory.buffer !== this.mem8?.buffer) {
            this.mem8 = new Uint8Array(this.memory.buffer, this.ptr);
            this.mem32 = new Uint32Array(this.memory.buffer, this.ptr);
        }
    }
}

// Simple mutex to serialize context creation and prevent resource exhaustion
class ContextMutex {
    constructor() {
        this.locked = false;
        this.waitQueue = [];
    }

    async acquire() {
        if (!this.locked) {
            this.locked = true;
            return;
        }

        // Wait in queue
        return new Promise((resolve) => {
            this.waitQueue.push(resolve);
        });
    }

    release() {
        if (this.waitQueue.length > 0) {
            const next = this.waitQueue.shift();
            next();
        } else {
            this.locked = false;
        }
    }
}

class XzReadableStream extends ReadableStream {
    static _moduleInstancePromise;
    static _moduleInstance;
    static _contextMutex = new ContextMutex();

    static async _getModuleInstance() {
        const base64Wasm = _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__.replace('data:application/wasm;base64,', '');
        const wasmBytes = Uint8Array.from(atob(base64Wasm), c => c.charCodeAt(0)).buffer;
        const wasmOptions = {};
        const module = await WebAssembly.instantiate(wasmBytes, wasmOptions);
        XzReadableStream._moduleInstance = module.instance;
    }

    constructor(compressedStream) {
        let xzContext;
        let unconsumedInput = null;
        const compressedReader = compressedStream.getReader();

        super({
            async start(controller) {
                await XzReadableStream._contextMutex.acquire();

                try {
                    if (!XzReadableStream._moduleInstance) {
                        await (XzReadableStream._moduleInstancePromise || (XzReadableStream._moduleInstancePromise = XzReadableStream._getModuleInstance()));
                    }
                    xzContext = new XzContext(XzReadableStream._moduleInstance);
                } catch (error) {
                    XzReadableStream._contextMutex.release();
                    throw error;
                }
            },

            async pull(controller) {
                try {
                    if (xzContext.needsMoreInput()) {
                        if (unconsumedInput === null || unconsumedInput.byteLength === 0) {
                            const { done, value } = await compressedReader.read();
                            if (!done) {
                                unconsumedInput = value;
                            }
                        }
                        const nextInputLength = Math.min(xzContext.bufSize, unconsumedInput.byteLength);
                        xzContext.supplyInput(unconsumedInput.subarray(0, nextInputLength));
                        unconsumedInput = unconsumedInput.subarray(nextInputLength);
                    }

                    const nextOutputResult = xzContext.getNextOutput();
                    controller.enqueue(nextOutputResult.outChunk);
                    xzContext.resetOutputBuffer();

                    if (nextOutputResult.finished) {
                        xzContext.dispose();
                        XzReadableStream._contextMutex.release();
                        controller.close();
                    }
                } catch (error) {
                    if (xzContext) {
                        xzContext.dispose();
                    }
                    XzReadableStream._contextMutex.release();
                    throw error;
                }
            },
            cancel() {
                try {
                    if (xzContext) {
                        xzContext.dispose();
                    }
                    return compressedReader.cancel();
                } finally {
                    XzReadableStream._contextMutex.release();
                }
            }
        });
    }
}

})();

/******/ 	return __nested_webpack_exports__;
/******/ })()
;
});

/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 7187:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/action/workflow.ts
// The runner's side of a step: inputs from INPUT_*, workflow commands on standard output, outputs in
// GITHUB_OUTPUT, the job summary in GITHUB_STEP_SUMMARY. The same commands and escaping as
// @actions/core 3, which cannot be bundled without its OIDC client (@actions/http-client, undici,
// tunnel) and @actions/exec: evaluated on every run, they were most of the action's start-up.




/** INPUT_<NAME> (spaces as `_`), trimmed unless `trimWhitespace` is false; '' when unset. */
function getInput(name, options = {}) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return options.trimWhitespace === false ? value : value.trim();
}
/** The runner masks `secret` in every log line after this one. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/** A step output: a heredoc in GITHUB_OUTPUT with a random delimiter (the `set-output` command without it). */
function setOutput(name, value) {
    const text = String(value);
    const file = process.env.GITHUB_OUTPUT ?? '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issue('set-output', text, { name });
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || text.includes(delimiter))
        throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${text}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** An error annotation, and the step fails (exit code 1) when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
/** Shown only when the run has debug logging on (RUNNER_DEBUG). */
function debug(message) {
    issue('debug', message);
}
function error(message, properties = {}) {
    issue('error', message, commandProperties(properties));
}
function warning(message, properties = {}) {
    issue('warning', message, commandProperties(properties));
}
function notice(message, properties = {}) {
    issue('notice', message, commandProperties(properties));
}
/** Lines until endGroup() fold under `name` in the log. */
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup', '');
}
async function group(name, task) {
    startGroup(name);
    try {
        return await task();
    }
    finally {
        endGroup();
    }
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); rejects when the runner gives none or it cannot be written. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_namespaceObject.access)(file, promises_namespaceObject.constants.R_OK | promises_namespaceObject.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_namespaceObject.appendFile)(file, markdown, { encoding: 'utf8' });
}
/** Annotation properties by the names the runner reads; none when none were given. */
function commandProperties(properties) {
    return Object.keys(properties).length > 0 ? { title: properties.title, file: properties.file, line: properties.startLine } : undefined;
}
/**
 * `::command key=value,…::message`: line breaks and `%` escaped everywhere, `:` and `,` in values
 * too, so no text can end a command or start another. Empty values are left out; with properties
 * given, a space follows the command even when all are empty, as @actions/core writes it.
 */
function issue(command, message, properties) {
    const list = Object.entries(properties ?? {})
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${properties ? ` ${list}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/core/redact.ts
/** The text with every occurrence of `secret`, in any letter case, replaced by `***`. */
function redact(text, secret) {
    return secret === '' ? text : text.replace(patternsOf(secret).every, '***');
}
/** Whether `text` holds `secret` in any letter case: whether redact() would change it. */
function holdsSecret(text, secret) {
    return secret !== '' && patternsOf(secret).any.test(text);
}
// A run has one secret: its patterns are compiled once, not for each of the many texts of an answer.
let compiled = null;
function patternsOf(secret) {
    if (compiled?.secret !== secret) {
        const source = secret.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        // `any` has no g flag, so test() keeps no state between texts.
        compiled = { secret, every: new RegExp(source, 'gi'), any: new RegExp(source, 'i') };
    }
    return compiled;
}

;// CONCATENATED MODULE: ./src/core/url-list.ts
/** Longer URLs are refused: browsers, servers and the service's own URL lookups stop well before. */
const MAX_URL_LENGTH = 2048;
/** Why a line is not a URL to check; the caller names the input and the line. */
class UrlLineError extends Error {
    name = 'UrlLineError';
}
/**
 * One line as a URL to check: http or https, with a host, no spaces, at most MAX_URL_LENGTH
 * characters, and no user or password (a credential would be sent to the service and shown).
 */
function parseUrlLine(text) {
    if (text.length > MAX_URL_LENGTH)
        throw new UrlLineError(`is ${text.length} characters long; at most ${MAX_URL_LENGTH} are accepted`);
    if (/\s/.test(text))
        throw new UrlLineError(`must hold one URL and nothing else (no spaces; a note goes on a line of its own, starting with #); got ${quoteUrl(text)}`);
    if (/[\u0000-\u001f\u007f]/.test(text))
        throw new UrlLineError(`must not hold control characters; got ${quoteUrl(text)}`);
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        throw new UrlLineError(`must be an absolute http:// or https:// URL (such as https://downloads.example.com/app.tar.gz); got ${quoteUrl(text)}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new UrlLineError(`must be an http:// or https:// URL; got ${quoteUrl(text)} (${parsed.protocol.replace(/:$/, '')})`);
    }
    // The parser forgives `https:host`, `https:/host`, `https:///host` and `\` for `/`; the service
    // would be sent the text as written, not what the parser made of it, so only the plain form is taken.
    if (!/^https?:\/\/[^/\\]/i.test(text) || text.includes('\\')) {
        throw new UrlLineError(`must be written as http:// or https:// followed by the host, with / (not \\) between parts; got ${quoteUrl(text)}`);
    }
    if (parsed.hostname === '')
        throw new UrlLineError(`must name a host; got ${quoteUrl(text)}`);
    if (parsed.username !== '' || parsed.password !== '' || /^[^/?#]*@/.test(text.slice(text.indexOf('//') + 2))) {
        throw new UrlLineError(`must not hold a user name or password (it would be sent to the reputation service and shown in reports); got ${quoteUrl(text)}`);
    }
    return { url: text, display: maskedUrl(parsed) };
}
/** `urls`-style text (one URL a line, `#` comments) as items; the first of two equal URLs is kept. */
function parseUrlList(text, source, name, into = []) {
    const seen = new Set(into.map((item) => item.url));
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        let parsed;
        try {
            parsed = parseUrlLine(line);
        }
        catch (error) {
            if (error instanceof UrlLineError)
                throw new UrlLineError(`${name} line ${index + 1} ${error.message}.`);
            throw error;
        }
        if (seen.has(parsed.url))
            continue;
        seen.add(parsed.url);
        into.push({ ...parsed, source: { ...source, line: index + 1 } });
    }
    return into;
}
/**
 * The URL with what may be secret taken out: no user or password, each query value (and each
 * query part without a name) and the fragment shown as `…`. Scheme, host, port and path stay, so people can tell which address it is.
 */
function maskedUrl(url) {
    const query = url.search === ''
        ? ''
        : `?${url.search
            .slice(1)
            .split('&')
            // A part without `=` may be the secret itself (`?9f3c2a71d0e4`): masked whole.
            .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=…` : pair === '' ? pair : '…'))
            .join('&')}`;
    const fragment = url.hash === '' ? '' : '#…';
    // A URL without a host (javascript:, mailto:) is only ever quoted in an error; it keeps its own form.
    const base = url.host === '' ? url.href.replace(/[?#].*$/, '') : `${url.protocol}//${url.host}${url.pathname}`;
    return `${base}${query}${fragment}`;
}
/**
 * A masked URL that no one can click by mistake: `hxxps://evil[.]example/…`. What a log viewer or
 * Markdown would link inside its path or query is defanged too: another URL
 * (`/go/https://evil.example/`), a `www.` name, or an e-mail address (`user@evil.example`).
 */
function defang(display) {
    const dots = (name) => name.replace(/\./g, '[.]');
    const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(display);
    if (!match)
        return dots(display);
    const [, scheme, host, rest] = match;
    const embedded = rest
        .replace(/(h)tt(ps?:\/\/)([^/?#&\s]*)/gi, (_, h, ps, name) => `${h}xx${ps}${dots(name)}`)
        .replace(/www\.[^/?#&\s]*/gi, dots)
        .replace(/@([^/?#&\s]*)/g, (_, domain) => `@${dots(domain)}`);
    return `${scheme.replace(/^(h)tt(ps?:)/i, '$1xx$2')}${dots(host)}${embedded}`;
}
/**
 * The URL's identifier for `GET {api-url}/urls/{id}`: the URL in unpadded base64url. The service
 * also takes the SHA-256 of its canonical form, but the canonicalisation is the service's own: a
 * hash computed here that differed by one slash would read as "never seen", not as the known URL.
 */
function urlIdentifier(url) {
    return Buffer.from(url, 'utf8').toString('base64url');
}
/** Quoted for an error message: masked when it parses, clipped, and never with a `user:password@`. */
function quoteUrl(text) {
    let shown;
    try {
        shown = maskedUrl(new URL(text));
    }
    catch {
        shown = text.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '?…');
    }
    // Defanged as everywhere people read a URL: an input error is shown in the log and as an annotation.
    return JSON.stringify(defang(shown.length > 100 ? `${shown.slice(0, 100)}…` : shown));
}

;// CONCATENATED MODULE: ./src/core/reputation/pacing.ts
// Pure timing rules for lookups: the shared request window, backoff with jitter, Retry-After.
// Time comes from Date.now() and setTimeout, so tests drive all of it with fake timers.
/** Waits `ms`, or less when `signal` aborts first (a stopped scan does not sit out its waits). */
function sleep(ms, signal) {
    if (ms <= 0 || signal?.aborted)
        return Promise.resolve();
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * At most `limit` grants in any `windowMs`: the service counts "requests of any nature in any given
 * minute", so every request, a retry too, takes a grant. Grants are handed out in call order.
 */
class SlidingWindow {
    limit;
    windowMs;
    /** Times of the last `limit` grants, oldest first. */
    granted = [];
    queue = Promise.resolve();
    constructor(limit, windowMs) {
        this.limit = limit;
        this.windowMs = windowMs;
    }
    /** Resolves when a request may be sent, and counts it; resolves ungranted as soon as `signal` aborts. */
    acquire(signal) {
        const turn = this.queue.then(() => this.waitForRoom(signal));
        this.queue = turn;
        return turn;
    }
    /** How long the queued and future grants take at this rate, for the estimate before a scan. */
    estimateMs(requests) {
        return Math.max(0, Math.ceil(requests / this.limit) - 1) * this.windowMs;
    }
    async waitForRoom(signal) {
        while (this.granted.length >= this.limit) {
            if (signal?.aborted)
                return;
            const wait = this.granted[0] + this.windowMs - Date.now();
            if (wait <= 0)
                this.granted.shift();
            else
                await sleep(wait, signal);
        }
        this.granted.push(Date.now());
    }
}
/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out. */
function backoffDelay(retry, baseMs, maxMs, random = Math.random) {
    const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/** Retry-After as seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
function parseRetryAfter(header, now = Date.now()) {
    if (header === undefined || header.trim() === '')
        return null;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/GMT$/i.test(value))
        return null; // an HTTP date (RFC 9110) ends in GMT; Date.parse takes far more
    const date = Date.parse(value);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/core/subjects.ts
const KIND_BY_LENGTH = { 32: 'md5', 40: 'sha1', 64: 'sha256' };
/** How people write the kinds, for messages. */
const HASH_KIND_NAMES = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256' };
/** The kind of a hexadecimal hash by its length; null for anything else. */
function hashKindOf(hash) {
    return /^[0-9a-f]+$/i.test(hash) ? (KIND_BY_LENGTH[hash.length] ?? null) : null;
}
/** The hashes as the artifacts to check, in the order given: each shown as itself, never read. */
function hashSubjects(hashes) {
    const artifacts = hashes.map(({ hash, kind }) => {
        const value = hash.toLowerCase();
        return { absolutePath: '', displayPath: value, inWorkspace: false, size: 0, hash: { kind, value } };
    });
    return { artifacts, skipped: [] };
}

;// CONCATENATED MODULE: ./src/core/reputation/parse.ts
// Pure parsing of VirusTotal v3 answers. A body that does not prove itself a report for the requested
// hash is a protocol error, never a clean result.

class ProtocolError extends Error {
    name = 'ProtocolError';
}
const STAT_FIELDS = {
    malicious: 'malicious',
    suspicious: 'suspicious',
    undetected: 'undetected',
    harmless: 'harmless',
    timeout: 'timeout',
    failure: 'failure',
    typeUnsupported: 'type-unsupported',
};
/**
 * Validates a 200 body (already parsed JSON) as the file report of `requested`: a SHA-256, or an MD5
 * or SHA-1 that the report's own attributes must name. Throws ProtocolError.
 */
function parseFileReport(body, requested) {
    const data = field(body, 'data');
    const attributes = field(data, 'attributes');
    const sha256 = provenSha256(data, attributes, requested.toLowerCase());
    const type = field(data, 'type');
    if (type !== 'file')
        throw new ProtocolError(`data.type is ${describeValue(type)}, not "file": the answer is not a file report`);
    return {
        sha256,
        ...parseAnalysis(attributes),
        suggestedThreatLabel: parse_text(field(field(attributes, 'popular_threat_classification'), 'suggested_threat_label')),
    };
}
/** What file and URL reports share: the stats, the engines that flag, and the dates. Throws ProtocolError. */
function parseAnalysis(attributes) {
    const rawStats = field(attributes, 'last_analysis_stats');
    if (!isObject(rawStats))
        throw new ProtocolError('the report has no last_analysis_stats');
    if (!isCount(rawStats.malicious)) {
        throw new ProtocolError(`last_analysis_stats.malicious is not a count: ${describeValue(rawStats.malicious)}`);
    }
    const stats = {};
    for (const [key, name] of Object.entries(STAT_FIELDS)) {
        const value = rawStats[name];
        if (value !== undefined && value !== null && !isCount(value)) {
            throw new ProtocolError(`last_analysis_stats.${name} is not a count: ${describeValue(value)}`);
        }
        stats[key] = isCount(value) ? value : 0;
    }
    // Every category counts one engine; include ones this code does not name (e.g. confirmed-timeout).
    const engineCount = Object.values(rawStats).reduce((sum, value) => sum + (isCount(value) ? value : 0), 0);
    const detections = parseDetections(field(attributes, 'last_analysis_results'));
    const contradiction = describeContradiction(stats, detections);
    return {
        stats,
        engineCount,
        detections,
        ...(contradiction !== undefined && { contradiction }),
        threatNames: topThreatNames(detections),
        firstSeen: date(field(attributes, 'first_submission_date')),
        lastAnalysed: date(field(attributes, 'last_analysis_date')),
    };
}
/**
 * The SHA-256 the report is for, once it is proven to answer `requested`. Every SHA-256 it names
 * must be the same; asked by MD5 or SHA-1, attributes.md5 or .sha1 must be exactly the hash asked.
 */
function provenSha256(data, attributes, requested) {
    const kind = hashKindOf(requested) ?? 'sha256';
    const named = [field(data, 'id'), field(attributes, 'sha256')].filter((value) => value !== undefined && value !== null);
    if (kind === 'sha256') {
        if (named.length === 0)
            throw new ProtocolError(`the answer names no hash (neither data.id nor attributes.sha256), so it is not proven to be the report for ${requested}`);
        for (const value of named) {
            if (typeof value !== 'string' || value.toLowerCase() !== requested) {
                throw new ProtocolError(`the service answered with a report for ${describeValue(value)}, not for ${requested}`);
            }
        }
        return requested;
    }
    const name = HASH_KIND_NAMES[kind];
    const asked = field(attributes, kind);
    if (asked === undefined || asked === null) {
        throw new ProtocolError(`the answer does not name the ${name} asked for (no attributes.${kind}), so it is not proven to be the report for ${requested}`);
    }
    if (typeof asked !== 'string' || asked.toLowerCase() !== requested) {
        throw new ProtocolError(`the service answered with a report for ${name} ${describeValue(asked)}, not for ${requested}`);
    }
    if (named.length === 0)
        throw new ProtocolError(`the report for ${name} ${requested} names no SHA-256 (neither data.id nor attributes.sha256)`);
    for (const value of named) {
        if (typeof value !== 'string' || hashKindOf(value) !== 'sha256')
            throw new ProtocolError(`the report for ${name} ${requested} names ${describeValue(value)} as its SHA-256, which is not one`);
    }
    const sha256s = new Set(named.map((value) => value.toLowerCase()));
    if (sha256s.size > 1)
        throw new ProtocolError(`the report for ${name} ${requested} names two SHA-256s (${[...sha256s].join(' and ')})`);
    return [...sha256s][0];
}
/**
 * Validates a 200 body (already parsed JSON) as the URL report of `url`, asked for as `id`: `data.type`
 * is `url`, `data.id` is the service's SHA-256 of the URL (or the id asked for), and
 * `attributes.url` is the same URL (the service canonicalises it, so both are compared as URLs).
 */
function parseUrlReport(body, url, id) {
    return readUrlReport(body, { url, id });
}
/**
 * Validates a URL report kept by the verdict cache. It is kept under the SHA-256 of the URL it answers,
 * without the URL (which may hold a token), so there is no URL to compare: data.id must be a SHA-256,
 * and everything else is checked as in a fresh answer.
 */
function parseCachedUrlReport(body) {
    return readUrlReport(body, null);
}
function readUrlReport(body, asked) {
    const data = field(body, 'data');
    const attributes = field(data, 'attributes');
    const type = field(data, 'type');
    if (type !== 'url')
        throw new ProtocolError(`data.type is ${describeValue(type)}, not "url": the answer is not a URL report`);
    const dataId = field(data, 'id');
    if (typeof dataId !== 'string' || !(/^[0-9a-f]{64}$/i.test(dataId) || dataId === asked?.id)) {
        throw new ProtocolError(`data.id is ${describeValue(dataId)}, neither a SHA-256 nor the identifier asked for`);
    }
    if (asked) {
        const reported = field(attributes, 'url');
        if (typeof reported !== 'string')
            throw new ProtocolError('the answer names no URL (attributes.url), so it is not proven to be the report for the URL asked for');
        if (comparableUrl(reported) !== comparableUrl(asked.url)) {
            // The URLs are not quoted: the one asked for may hold a secret, and the other is the service's.
            throw new ProtocolError('the service answered with the report of another URL (attributes.url differs from the URL asked for)');
        }
    }
    const analysis = parseAnalysis(attributes);
    const threatNames = field(attributes, 'threat_names');
    const categories = field(attributes, 'categories');
    return {
        id: dataId.toLowerCase(),
        ...analysis,
        // URL reports name their threats in `threat_names`; the engines' results are only "phishing" and the like.
        threatNames: Array.isArray(threatNames) ? threatNames.filter((name) => typeof name === 'string' && name !== '') : analysis.threatNames,
        categories: isObject(categories) ? Object.fromEntries(Object.entries(categories).filter((entry) => typeof entry[1] === 'string')) : {},
    };
}
/** The URL as the WHATWG parser writes it (lower-case host, default port dropped, a path of at least `/`), without a fragment. */
function comparableUrl(text) {
    try {
        const parsed = new URL(text);
        parsed.hash = '';
        return parsed.href;
    }
    catch {
        return null;
    }
}
/** The engines in last_analysis_results that flag the file in `category`, each named once. */
function flaggingEngines(detections, category) {
    return detections.filter((d) => d.category === category).length;
}
/** Says where the stats count fewer detections than the engines listed: the verdict counts the engines. */
function describeContradiction(stats, detections) {
    const parts = ['malicious', 'suspicious']
        .map((category) => ({ category, stated: stats[category], engines: flaggingEngines(detections, category) }))
        .filter(({ stated, engines }) => engines > stated)
        .map(({ category, stated, engines }) => `last_analysis_stats.${category} says ${stated}, but ${engines} engine${engines === 1 ? '' : 's'} in last_analysis_results say${engines === 1 ? 's' : ''} ${category}`);
    return parts.length === 0 ? undefined : `The report contradicts itself: ${parts.join('; ')}. The engines are counted.`;
}
/** What the service says in an error is quoted in logs and reports: one line, and not a long one. */
const MAX_ERROR_TEXT = 300;
/** The `{"error": {"code", "message"}}` of an error body, when it has one, cut to a sane length. */
function parseErrorBody(body) {
    const error = field(body, 'error');
    const short = (value) => (value === null ? null : clip(value.replace(/\s+/g, ' ').trim(), MAX_ERROR_TEXT));
    return { code: short(parse_text(field(error, 'code'))), message: short(parse_text(field(error, 'message'))) };
}
/**
 * Whether a 404's message is the real service's answer about the requested hash: exactly
 * `File "<hash>" not found`. Anything else may only echo the route ("Resource not found:
 * /api/v2/files/<hash>", "files:<hash> not found"): no proof, so the endpoint gets proven instead.
 */
function errorNamesHash(body, sha256) {
    return errorNamesId(body, 'File', sha256, true);
}
/** The same for a URL: exactly `URL "<id>" not found`, the id (base64url, case-sensitive) as asked for. */
function errorNamesId(body, noun, id, ignoreCase = false) {
    const message = parse_text(field(field(body, 'error'), 'message'));
    if (message === null)
        return false;
    const said = message.trim();
    const expected = `${noun} "${id}" not found`;
    // The expected text is ASCII: ignoring case folds no other character into it.
    const same = (a, b) => (ignoreCase ? /^[\x00-\x7f]*$/.test(a) && a.toLowerCase() === b.toLowerCase() : a === b);
    return same(said, expected) || same(said, `${expected}.`);
}
function clip(value, max = MAX_ERROR_TEXT) {
    return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
/**
 * A value from the answer, quoted as the service sent it: a number JSON cannot hold exactly (see
 * parseJson) keeps its source text, and a long text is clipped.
 */
function describeValue(value) {
    if (value instanceof UnrepresentableNumber)
        return value.source;
    return clip(JSON.stringify(value) ?? 'missing', 100);
}
/** A number in the answer that a double cannot hold exactly (1e400, 12345678901234567890), kept as sent. */
class UnrepresentableNumber {
    source;
    constructor(source) {
        this.source = source;
    }
}
/** JSON.parse that keeps numbers too large or too precise to read exactly as their source text. */
function parseJson(body) {
    const parsed = JSON.parse(body);
    // The reviver hands every value its source text, which costs more than the parse itself: it runs only for an answer that needs it.
    if (allExact(parsed))
        return parsed;
    return JSON.parse(body, (_key, value, context) => {
        if (typeof value !== 'number' || context?.source === undefined)
            return value;
        return isExact(value) ? value : new UnrepresentableNumber(context.source);
    });
}
function isExact(value) {
    return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
}
/** Whether every number in parsed JSON is one a double holds exactly (see UnrepresentableNumber). */
function allExact(value) {
    if (typeof value === 'number')
        return isExact(value);
    if (typeof value !== 'object' || value === null)
        return true;
    for (const item of Array.isArray(value) ? value : Object.values(value))
        if (!allExact(item))
            return false;
    return true;
}
function parseDetections(results) {
    if (results === undefined || results === null)
        return [];
    // Engines listed some other way cannot be counted: read as none, a flagged file would pass.
    if (!isObject(results))
        throw new ProtocolError(`last_analysis_results is not an object of engines: ${describeValue(results)}`);
    // One verdict per engine, whatever the key it is listed under: an engine named twice counts once,
    // with its worst category.
    const byEngine = new Map();
    for (const [key, entry] of Object.entries(results)) {
        const category = parse_text(field(entry, 'category'))?.toLowerCase();
        if (category !== 'malicious' && category !== 'suspicious')
            continue;
        const engine = parse_text(field(entry, 'engine_name')) ?? key;
        const seen = byEngine.get(engine.toLowerCase());
        if (seen && (seen.category === 'malicious' || category === 'suspicious'))
            continue;
        byEngine.set(engine.toLowerCase(), { engine, category, result: parse_text(field(entry, 'result')), version: parse_text(field(entry, 'engine_version')) });
    }
    const detections = [...byEngine.values()];
    // Malicious before suspicious, then by engine name: a stable order for reports and tests.
    return detections.sort((a, b) => (a.category === b.category ? a.engine.localeCompare(b.engine) : a.category === 'malicious' ? -1 : 1));
}
const TOP_THREAT_NAMES = 3;
function topThreatNames(detections) {
    const counts = new Map();
    for (const { result } of detections)
        if (result)
            counts.set(result, (counts.get(result) ?? 0) + 1);
    return [...counts.entries()]
        .sort(([nameA, countA], [nameB, countB]) => countB - countA || nameA.localeCompare(nameB))
        .slice(0, TOP_THREAT_NAMES)
        .map(([name]) => name);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function field(value, name) {
    return isObject(value) ? value[name] : undefined;
}
function parse_text(value) {
    return typeof value === 'string' && value !== '' ? value : null;
}
function isCount(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
/** Unix seconds to a Date; null when absent or not a representable time. */
function date(value) {
    if (typeof value !== 'number' || !(value > 0))
        return null;
    const parsed = new Date(value * 1000);
    return Number.isNaN(parsed.getTime()) ? null : parsed;
}

;// CONCATENATED MODULE: ./src/core/reputation/client.ts




const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_SAME_ORIGIN_REDIRECTS = 3;
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
/** An invalid answer's description, quoting what was sent, at most this long. */
const MAX_PROTOCOL_ERROR_TEXT = 1000;
class ReputationClient {
    http;
    options;
    origin;
    constructor(options, transport) {
        this.options = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options };
        this.origin = new URL(options.apiUrl).origin;
        this.http = transport({ userAgent: options.userAgent, socketTimeoutMs: options.requestTimeoutMs });
    }
    /** GET {api-url}/files/{hash} (a SHA-256, SHA-1 or MD5), once. Never throws: every failure is an outcome of kind `error`. */
    async lookup(hash) {
        return this.request({ path: `files/${hash}`, parse: (body) => parseFileReport(body, hash), namesItem: (body) => errorNamesHash(body, hash) });
    }
    /**
     * GET {api-url}/urls/{id}, once, with the URL in unpadded base64url as its id. `display`, defanged,
     * replaces the URL and its id in every text that comes back, so a secret in the URL never reaches a log.
     */
    async lookupUrl(url, display) {
        const id = urlIdentifier(url);
        const conceal = (text) => text
            .split(url)
            .join(defang(display))
            .split(id)
            .join(`<id of ${defang(display)}>`);
        const outcome = await this.request({ path: `urls/${id}`, parse: (body) => parseUrlReport(body, url, id), namesItem: (body) => errorNamesId(body, 'URL', id) });
        if (outcome.kind === 'error')
            return { ...outcome, error: { ...outcome.error, message: conceal(outcome.error.message) } };
        if (outcome.kind === 'unproven-unknown')
            return { ...outcome, said: conceal(outcome.said), url: conceal(outcome.url) };
        return outcome;
    }
    async request(request) {
        return this.once(async (signal) => this.classify(request, await this.exchange('GET', `${this.options.apiUrl}/${request.path}`, signal)));
    }
    /** The configured base URL, without a trailing slash. */
    get apiUrl() {
        return this.options.apiUrl;
    }
    /**
     * Runs one attempt within `timeoutMs` (the request timeout unless given). Never throws: a failure
     * (no answer, a cut body, a ProtocolError) becomes an outcome of kind `error`.
     */
    async once(task, timeoutMs = this.options.requestTimeoutMs) {
        try {
            return await withDeadline(timeoutMs, task);
        }
        catch (error) {
            return { kind: 'error', error: this.describeFailure(error, timeoutMs) };
        }
    }
    /**
     * One request with the key. The key goes to the configured origin only: a URL elsewhere is refused
     * before anything is sent. A GET follows redirects within the origin; a POST (its body streamed
     * once) follows none.
     */
    async exchange(method, url, signal, body) {
        const target = new URL(url);
        if (target.origin !== this.origin) {
            body?.stream.destroy();
            throw new ProtocolError(`the service named a URL on another origin (${target.origin}); the API key is only sent to ${this.origin}, so it was not used`);
        }
        const headers = { 'x-apikey': this.options.apiKey, accept: 'application/json', 'accept-encoding': 'identity' };
        for (let redirects = 0;; redirects++) {
            const response = await this.http.send({ method, url, headers: body ? { ...headers, ...body.headers } : headers, body: body?.stream, maxBodyBytes: this.options.maxBodyBytes, signal });
            const { status } = response;
            if (status >= 300 && status < 400) {
                if (method === 'POST')
                    throw new ProtocolError(`the service answered the upload with a redirect (HTTP ${status}); an upload is not sent twice`);
                url = this.redirectTarget(url, response.headers.location, redirects);
                continue;
            }
            const encoding = response.headers['content-encoding'];
            if (encoding && !/^identity$/i.test(encoding.trim())) {
                throw new ProtocolError(`the body is compressed (content-encoding: ${clip(redact(encoding.trim(), this.options.apiKey), 60)}), though the request asked for none (accept-encoding: identity)`);
            }
            return { status, headers: response.headers, body: response.body.toString('utf8'), url };
        }
    }
    /** A 200 answer as JSON (the key taken out), or a ProtocolError when it is not JSON. */
    json(answer) {
        const contentType = String(answer.headers['content-type'] ?? '');
        if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
            throw new ProtocolError(`the service answered ${answer.status} with content type ${describeValue(redact(contentType, this.options.apiKey) || 'none')}, not JSON`);
        }
        return this.parseAnswer(answer.body);
    }
    /**
     * What a non-success answer means: a refused key, a quota, a temporary failure, or something this
     * client cannot use. `said` is the service's own words, e.g. `HTTP 429 QuotaExceededError: …`.
     */
    failure(answer, parsed = tryParse(() => this.parseAnswer(answer.body))) {
        const { code, message: serviceMessage } = parseErrorBody(parsed);
        const detail = [code, serviceMessage].filter(Boolean).join(': ');
        const said = `HTTP ${answer.status}${detail ? ` ${detail}` : ''}`;
        const { status } = answer;
        const retryAfterText = answer.headers['retry-after'];
        const retryAfterMs = parseRetryAfter(retryAfterText);
        const retryAfter = retryAfterText === undefined ? '' : `; Retry-After: ${clip(redact(retryAfterText.trim(), this.options.apiKey), 60)}`;
        const error = (kind, text) => ({ kind, status, message: this.redact(text, Infinity), ...(retryAfterMs !== null && { retryAfterMs }) });
        const kindOf = () => {
            if (status === 401 || status === 403) {
                return error('auth', `The service refused the API key (${said}). Check that the \`api-key\` secret is set, is a key of this provider, and has access to file reports.`);
            }
            if (status === 429)
                return error('quota', `The service's request quota is exhausted (${said}${retryAfter}).`);
            if (TRANSIENT_STATUSES.has(status))
                return error('transient', `The service failed temporarily (${said}).`);
            if (status === 404)
                return error('protocol', `${said} without NotFoundError: is \`api-url\` a VirusTotal v3 API?`);
            return error('protocol', `Unexpected answer from the service (${said}).`);
        };
        return { said: this.redact(said), code, error: kindOf() };
    }
    dispose() {
        this.http.dispose();
    }
    /** Replaces the key (in any case) wherever the service or a library repeats it back, then clips. */
    redact(text, max) {
        return clip(redact(text, this.options.apiKey), max);
    }
    /** Only a redirect within the configured origin is followed: the key must not reach anyone else. */
    redirectTarget(from, location, redirects) {
        if (!location)
            throw new ProtocolError('the service answered a redirect without a Location');
        const target = new URL(location, from);
        if (target.origin !== this.origin) {
            throw new ProtocolError(`the service redirected to another origin (${target.origin}); the API key is only sent to ${this.origin}, so the redirect was refused`);
        }
        if (redirects >= MAX_SAME_ORIGIN_REDIRECTS)
            throw new ProtocolError('the service redirected too many times');
        return target.href;
    }
    classify(request, answer) {
        if (answer.status === 200)
            return { kind: 'found', report: request.parse(this.json(answer)) };
        const parsed = tryParse(() => this.parseAnswer(answer.body));
        // The common answer of a scan, an unknown hash, is settled before any message is built.
        if (answer.status === 404 && request.namesItem(parsed) && parseErrorBody(parsed).code === 'NotFoundError')
            return { kind: 'unknown' };
        const { said, code, error } = this.failure(answer, parsed);
        if (answer.status === 404 && code === 'NotFoundError')
            return { kind: 'unproven-unknown', said, url: this.redact(answer.url) };
        return { kind: 'error', error };
    }
    /**
     * JSON, with the key taken out of every text and name in it. After parsing, so a key the service
     * sent escaped (\u0033…) is decoded first, and before any clipping, so no part of it survives.
     */
    parseAnswer(body) {
        let parsed;
        try {
            parsed = parseJson(body);
        }
        catch {
            throw new ProtocolError('the body is not valid JSON');
        }
        return mayHoldSecret(body, this.options.apiKey) ? redactJson(parsed, this.options.apiKey) : parsed;
    }
    describeFailure(error, timeoutMs) {
        // Redacted before it is clipped: the transport quotes what the service sent whole, so no clip can cut a key in two first.
        if (error instanceof ProtocolError)
            return { kind: 'protocol', message: this.redact(`Invalid answer: ${error.message}.`, MAX_PROTOCOL_ERROR_TEXT) };
        if (error instanceof DeadlineError)
            return { kind: 'transient', message: `No complete answer within ${timeoutMs / 1000} s.` };
        if (error instanceof CutShortError)
            return { kind: 'transient', message: this.redact(`The answer was cut short: ${error.message}.`, Infinity) };
        const code = error.code;
        const text = this.redact(error instanceof Error ? error.message : String(error));
        // Node refuses a request it cannot send as asked (e.g. ERR_INVALID_CHAR in a header): no retry changes that.
        if (code?.startsWith('ERR_INVALID'))
            return { kind: 'protocol', message: this.redact(`The request could not be sent (${code}).`) };
        // A proxy's failure says what happened; one that refused (e.g. 407) or cannot be used is not retried.
        if (code?.startsWith('ERR_PROXY')) {
            const retryable = error.retryable !== false;
            return { kind: retryable ? 'transient' : 'protocol', message: `The service could not be reached through the proxy: ${text}.` };
        }
        return { kind: 'transient', message: `Could not reach the service (${this.redact(code ?? text)}).` };
    }
}
/**
 * Whether a string parsed from the JSON `body` can hold `secret`. Without \u escapes, JSON can only
 * write ", \, /, and control characters as escapes: a secret of none of these can then only appear
 * in a string as it appears in the text. Answers rarely hold the key, so most skip the walk below.
 */
function mayHoldSecret(body, secret) {
    return holdsSecret(body, secret) || body.includes('\\u') || /["\\/\u0000-\u001f]/.test(secret);
}
/** Every string in parsed JSON, object keys included, with `secret` redacted; changed in place, as it was parsed for this alone. */
function redactJson(value, secret) {
    if (typeof value === 'string')
        return redact(value, secret);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            value[i] = redactJson(value[i], secret);
        return value;
    }
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
        return value;
    const object = value;
    const keys = Object.keys(object);
    // A key that holds the secret is renamed: the object is rebuilt, its order kept.
    if (keys.some((key) => holdsSecret(key, secret)))
        return Object.fromEntries(keys.map((key) => [redact(key, secret), redactJson(object[key], secret)]));
    for (const key of keys) {
        const item = object[key];
        const clean = redactJson(item, secret);
        if (clean !== item)
            object[key] = clean; // only a changed string: an own "__proto__" is then set as the own property it is
    }
    return object;
}
class DeadlineError extends Error {
}
/** Runs `task` with a deadline; on expiry its signal aborts, which tears its request and socket down. */
async function withDeadline(ms, task) {
    const abandon = new AbortController();
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            abandon.abort();
            reject(new DeadlineError());
        }, ms);
    });
    try {
        return await Promise.race([task(abandon.signal), deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** The connection closed before the whole body arrived: a transient failure, asked again. */
class CutShortError extends Error {
}
function tryParse(parse) {
    try {
        return parse();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/http1.ts
// HTTP/1.1 on the wire, as the gate speaks it (RFC 9112): the head of a request, and a strict reader
// of one answer. node:http spent four to six times the CPU of the exchange itself on every lookup (a
// ClientRequest, an Agent's bookkeeping and an IncomingMessage stream each); a scan of many files is
// one short GET after another, so that cost was the scan's limit. Only what the service and proxies
// need is read, and anything else is refused with what it was, never guessed at: a body framed two
// ways, a folded or malformed header line, a length that is not a number.


/** The most the status line and headers (or the trailers) may take, as Node allows by default. */
const MAX_HEAD_BYTES = 16 * 1024;
/** A chunk-size line: a size and, rarely, extensions. */
const MAX_CHUNK_LINE_BYTES = 4 * 1024;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const TOKEN = /^[!#$%&'*+.^_`|~\dA-Za-z-]+$/;
/** Header field values as sent: visible characters, spaces and tabs, no CR, LF or NUL. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const REQUEST_TARGET = /^[\x21-\x7e]+$/;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: ([\t\x20-\x7e\x80-\xff]*))?$/;
const CHUNK_SIZE_LINE = /^([\dA-Fa-f]{1,12})[ \t]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/;
/** Fields an answer may repeat, read as one comma-separated list; of any other, the first counts. */
const LIST_FIELDS = new Set(['connection', 'content-encoding', 'transfer-encoding']);
/** A request Node's own client would also refuse to send (same code): a header or target with CR, LF or other characters it cannot carry. */
function invalidRequest(what) {
    return Object.assign(new TypeError(`Invalid character in ${what}`), { code: 'ERR_INVALID_CHAR' });
}
/**
 * The head of a request: request line, Host, then `headers` (names lower-case, as given). `chunked`
 * adds `transfer-encoding: chunked`, for a body of unknown length.
 */
function requestHead(method, target, host, headers, chunked = false) {
    if (!REQUEST_TARGET.test(target))
        throw invalidRequest('the request target');
    let head = `${method} ${target} HTTP/1.1\r\nhost: ${host}\r\n`;
    for (const name in headers) {
        const value = headers[name];
        if (!TOKEN.test(name))
            throw invalidRequest(`a header name ["${name}"]`);
        if (!FIELD_VALUE.test(value))
            throw invalidRequest(`header content ["${name}"]`);
        head += `${name}: ${value}\r\n`;
    }
    return `${head}${chunked ? 'transfer-encoding: chunked\r\n' : ''}\r\n`;
}
/**
 * Reads one answer from the bytes of a connection, as they arrive. `push` returns the answer once it
 * is complete, with whatever bytes came after it; `end` is called when the connection closes. Throws
 * ProtocolError for an answer that is not well-formed HTTP/1.1 or is over `maxBodyBytes`, and
 * CutShortError when the connection closes inside the body.
 */
class ResponseReader {
    maxBodyBytes;
    /** An answer to CONNECT: no body is read; after a 2xx, the bytes past its head belong to the tunnel. */
    tunnel;
    pending = null;
    head = null;
    state = 'length';
    /** Bytes still to read: of the body (`length`), or of the current chunk (`chunk-data`). */
    remaining = 0;
    declaredLength = -1;
    parts = [];
    received = 0;
    trailerBytes = 0;
    /** Whether any byte of the answer has arrived: a kept-alive connection closed before that can be retried. */
    started = false;
    constructor(maxBodyBytes, options = {}) {
        this.maxBodyBytes = maxBodyBytes;
        this.tunnel = options.tunnel ?? false;
    }
    /** The answer and the bytes after it once complete; null while more is to come. */
    push(chunk) {
        this.started = true;
        let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = null;
        while (this.head === null) {
            const end = data.indexOf(HEAD_END);
            if (end === -1)
                notHttp(data); // a peer that is not HTTP fails now, not at the socket timeout
            if ((end === -1 ? data.length : end) > MAX_HEAD_BYTES)
                throw new ProtocolError(`the answer's headers are over ${MAX_HEAD_BYTES / 1024} KiB`);
            if (end === -1) {
                this.pending = data;
                return null;
            }
            const head = parseHead(data.toString('latin1', 0, end));
            data = data.subarray(end + 4);
            if (head.status >= 100 && head.status < 200 && head.status !== 101)
                continue; // 100 Continue, 103 Early Hints: the answer follows
            this.head = head;
            const done = this.frame(head);
            if (done)
                return { response: this.response(), rest: data };
        }
        return this.readBody(data);
    }
    /** The connection closed: the answer, when it was to end with the connection; otherwise throws. */
    end() {
        if (this.head === null) {
            throw Object.assign(new Error(this.started ? 'the connection closed inside the headers of the answer' : 'socket hang up'), { code: 'ECONNRESET' });
        }
        if (this.state === 'until-close')
            return this.response();
        const of = this.declaredLength >= 0 ? `of ${this.declaredLength} ` : '';
        throw new CutShortError(`${this.received} ${of}bytes arrived before the connection closed`);
    }
    /** Decides how the body is framed; true when there is none to read. */
    frame(head) {
        const { status, headers } = head;
        // An answer to CONNECT: a 2xx has no body, the bytes after its head are the tunnel's; any other ends the connection unread.
        if (this.tunnel)
            return true;
        if (status === 101)
            throw new ProtocolError('the service switched protocols (HTTP 101), though none was asked for');
        if (status === 204 || status === 304)
            return true;
        const transferEncoding = headers['transfer-encoding'];
        const contentLength = headers['content-length'];
        if (transferEncoding !== undefined) {
            // Two framings at once is how requests are smuggled past proxies: refused, not resolved.
            if (contentLength !== undefined)
                throw new ProtocolError('the answer is framed twice (transfer-encoding and content-length)');
            if (transferEncoding.toLowerCase() !== 'chunked')
                throw new ProtocolError(`the answer's transfer-encoding is ${JSON.stringify(transferEncoding)}; only chunked is read`);
            this.state = 'chunk-size';
            return false;
        }
        if (contentLength !== undefined) {
            if (!/^\d{1,15}$/.test(contentLength))
                throw new ProtocolError(`the answer's content-length ${JSON.stringify(contentLength)} is not a number of bytes`);
            const length = Number(contentLength);
            if (length > this.maxBodyBytes)
                throw new ProtocolError(`the answer is ${length} bytes (content-length), over the ${this.maxBodyBytes}-byte limit`);
            this.declaredLength = length;
            this.remaining = length;
            this.state = 'length';
            return length === 0;
        }
        head.keepAlive = false; // the body ends when the connection does
        this.state = 'until-close';
        return false;
    }
    readBody(data) {
        let at = 0;
        while (at < data.length) {
            switch (this.state) {
                case 'until-close':
                    this.take(data.subarray(at));
                    return null;
                case 'length':
                case 'chunk-data': {
                    const size = Math.min(this.remaining, data.length - at);
                    this.take(data.subarray(at, at + size));
                    at += size;
                    this.remaining -= size;
                    if (this.remaining > 0)
                        break;
                    if (this.state === 'length')
                        return { response: this.response(), rest: data.subarray(at) };
                    this.state = 'chunk-end';
                    break;
                }
                case 'chunk-end': {
                    if (data.length - at < 2) {
                        this.pending = data.subarray(at);
                        return null;
                    }
                    if (data[at] !== 13 || data[at + 1] !== 10)
                        throw new ProtocolError('a chunk of the answer does not end where its size says');
                    at += 2;
                    this.state = 'chunk-size';
                    break;
                }
                case 'chunk-size':
                case 'trailers': {
                    const lineEnd = data.indexOf(CRLF, at);
                    const limit = this.state === 'chunk-size' ? MAX_CHUNK_LINE_BYTES : MAX_HEAD_BYTES;
                    if (lineEnd === -1) {
                        if (data.length - at > limit)
                            throw new ProtocolError('a chunk-size or trailer line of the answer is too long');
                        this.pending = data.subarray(at);
                        return null;
                    }
                    const line = data.toString('latin1', at, lineEnd);
                    at = lineEnd + 2;
                    if (this.state === 'trailers') {
                        if (line === '')
                            return { response: this.response(), rest: data.subarray(at) }; // trailers are not used
                        this.trailerBytes += line.length + 2;
                        if (this.trailerBytes > MAX_HEAD_BYTES)
                            throw new ProtocolError(`the answer's trailers are over ${MAX_HEAD_BYTES / 1024} KiB`);
                        continue;
                    }
                    const size = CHUNK_SIZE_LINE.exec(line);
                    if (!size)
                        throw new ProtocolError(`a chunk size of the answer reads ${JSON.stringify(line)}`);
                    this.remaining = parseInt(size[1], 16);
                    if (this.received + this.remaining > this.maxBodyBytes)
                        this.overLimit();
                    this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
                    break;
                }
            }
        }
        return null;
    }
    take(part) {
        if (part.length === 0)
            return;
        this.received += part.length;
        if (this.received > this.maxBodyBytes)
            this.overLimit();
        this.parts.push(part);
    }
    overLimit() {
        throw new ProtocolError(`the answer is over the ${this.maxBodyBytes}-byte limit`);
    }
    response() {
        const body = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
        return { ...this.head, body };
    }
}
/** Throws once the first bytes of an answer still to come show it is not HTTP/1.x: another protocol's greeting, or lines ended by a bare LF. */
function notHttp(data) {
    const lineEnd = data.indexOf(10); // \n
    const first = data.toString('latin1', 0, lineEnd === -1 ? Math.min(data.length, 5) : lineEnd + 1);
    if (!'HTTP/'.startsWith(first.slice(0, 5)) || (lineEnd !== -1 && (data[lineEnd - 1] !== 13 || !STATUS_LINE.test(first.slice(0, -2))))) {
        throw new ProtocolError(`the answer does not start with an HTTP/1.1 status line (it reads ${JSON.stringify(first.replace(/\r?\n$/, ''))})`);
    }
}
/** The status line and header lines of an answer (its head without the blank line). */
function parseHead(text) {
    const lines = text.split('\r\n');
    const statusLine = STATUS_LINE.exec(lines[0]);
    if (!statusLine)
        throw new ProtocolError(`the answer does not start with an HTTP/1.1 status line (it reads ${JSON.stringify(lines[0])})`);
    const headers = Object.create(null); // a header named __proto__ is just a header
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i];
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).toLowerCase();
        // No folded lines (obsolete), no space before the colon, no bare CR or LF: each has been used to hide a header from one reader and show it to another.
        if (colon <= 0 || !TOKEN.test(name))
            throw new ProtocolError(`a header line of the answer is malformed (${JSON.stringify(line)})`);
        const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
        if (!FIELD_VALUE.test(value))
            throw new ProtocolError(`the answer's header ${name} holds a control character`);
        const earlier = headers[name];
        if (earlier === undefined)
            headers[name] = value;
        else if (name === 'content-length') {
            if (value !== earlier)
                throw new ProtocolError('the answer declares two different content-lengths');
        }
        else if (LIST_FIELDS.has(name))
            headers[name] = `${earlier}, ${value}`;
    }
    const version = statusLine[1];
    const connection = (headers.connection ?? '').toLowerCase();
    const keepAlive = version === '1' ? !/(?:^|,)\s*close\s*(?:,|$)/.test(connection) : /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection);
    return { status: Number(statusLine[2]), statusText: statusLine[3] ?? '', headers, keepAlive };
}

;// CONCATENATED MODULE: ./src/adapters/proxy.ts
// Which proxy a request to the service goes through, from the variables runners and shells set.
// The rules are @actions/http-client's, which every other action on a runner follows: https_proxy
// (or HTTPS_PROXY) for https URLs, http_proxy (or HTTP_PROXY) for http ones, the lower-case name
// first; no_proxy (or NO_PROXY) lists hosts that go direct (`*`, a host, host:port, a domain with or
// without its leading dot, which covers its subdomains); a loopback host is never proxied.
// Node's own proxy support (http.Agent `proxyEnv`, Node 24.5 and later) reads no_proxy otherwise
// (no subdomains without a leading dot, loopback proxied), so it is not used.
/** A proxy variable that names no usable proxy. Its message names the variable, never the credentials. */
class ProxySettingError extends Error {
    code = 'ERR_PROXY_INVALID_CONFIG';
    retryable = false;
}
/** The proxy for `target`, or null when it goes direct. Throws ProxySettingError for a variable that cannot be used. */
function proxyFor(target, variables) {
    if (!target.hostname || isLoopback(target.hostname) || bypassed(target, variables.no_proxy || variables.NO_PROXY || ''))
        return null;
    const [name, value] = target.protocol === 'https:' ? pick(variables, 'https_proxy', 'HTTPS_PROXY') : pick(variables, 'http_proxy', 'HTTP_PROXY');
    return value ? parseProxy(name, value) : null;
}
function pick(variables, lower, upper) {
    return variables[lower] ? [lower, variables[lower]] : [upper, variables[upper]];
}
/** A proxy URL; one without a scheme (`proxy.corp:3128`) is taken as http://. */
function parseProxy(name, value) {
    const text = /^[a-z][a-z\d+.-]*:\/\//i.test(value.trim()) ? value.trim() : `http://${value.trim()}`;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ProxySettingError(`${name} is not a URL (it should read like http://proxy.example:3128)`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ProxySettingError(`${name} names a ${url.protocol.slice(0, -1)} proxy; only http:// and https:// proxies are supported`);
    }
    if (!url.hostname)
        throw new ProxySettingError(`${name} names no proxy host (it should read like http://proxy.example:3128)`);
    const credentials = url.username || url.password ? `${decode(url.username)}:${decode(url.password)}` : undefined;
    return {
        protocol: url.protocol,
        host: bareHost(url.hostname),
        port: Number(url.port) || defaultPort(url),
        ...(credentials !== undefined && { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` }),
        display: url.host,
    };
}
/** Percent-decoded, as curl and @actions/http-client send them; a stray `%` is kept as it is. */
function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** "[2001:db8::1]" → "2001:db8::1"; any other host as it is. */
function bareHost(host) {
    return /^\[.*\]$/.test(host) ? host.slice(1, -1) : host;
}
/** The port a URL without one means: 443 for https, 80 otherwise. */
function defaultPort(url) {
    return url.protocol === 'https:' ? 443 : 80;
}
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}
/** Whether no_proxy sends `target` direct: `*`, the host or host:port, or a domain it is under. */
function bypassed(target, noProxy) {
    const port = target.port || String(defaultPort(target));
    const host = target.hostname.toUpperCase();
    const names = [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map((item) => item.trim().toUpperCase())
        .filter(Boolean)
        .some((item) => item === '*' || names.some((name) => name === item || name.endsWith(item.startsWith('.') ? item : `.${item}`)));
}

;// CONCATENATED MODULE: ./src/adapters/http.ts
// The core's HTTP port, shared by both front doors: HTTP/1.1 (src/adapters/http1.ts) over node:net and
// node:tls, kept-alive connections per route, HTTP CONNECT tunnels through a proxy (src/adapters/proxy.ts
// says which), no redirects and no retries (the core's client does both, with the key's safety in
// mind). One connection carries one exchange at a time; the core decides how many run at once.



/** The transport factory for the core; `proxyVariables` come from the front door (process.env there). */
function httpTransport(proxyVariables) {
    return ({ userAgent, socketTimeoutMs }) => new SocketTransport(userAgent, socketTimeoutMs, proxyVariables);
}
/** A proxy that could not be reached or refused the tunnel. `retryable` is false when it answered 4xx: asking again changes nothing. */
class ProxyTunnelError extends Error {
    code = 'ERR_PROXY_TUNNEL';
    retryable;
    constructor(message, retryable) {
        super(message);
        this.retryable = retryable;
    }
}
class SocketTransport {
    /** Kept-alive connections waiting for a request, by route, the most recently used last. */
    idle = new Map();
    /** Every open connection and every tunnel being opened: dispose() closes them all. */
    sockets = new Set();
    /** After dispose(), nothing is sent, not even a retry already under way. */
    disposed = false;
    userAgent;
    socketTimeoutMs;
    proxyVariables;
    constructor(userAgent, socketTimeoutMs, proxyVariables) {
        this.userAgent = userAgent;
        this.socketTimeoutMs = socketTimeoutMs;
        this.proxyVariables = proxyVariables;
    }
    async send(request) {
        const target = new URL(request.url);
        const route = this.routeFor(target);
        const head = requestHead(request.method, target.pathname + target.search, target.host, { ...request.headers, 'user-agent': this.userAgent }, request.body !== undefined && request.headers['content-length'] === undefined);
        // A kept-alive connection the server closed just as it was picked answers nothing: a GET goes again on a new one.
        for (;;) {
            stillWanted(request.signal, this.disposed);
            const reused = this.takeIdle(route);
            const connection = reused ?? (await this.connect(route, target, request.signal));
            try {
                return await this.exchange(connection, head, request);
            }
            catch (error) {
                if (!(reused && request.body === undefined && error instanceof NoAnswer))
                    throw error instanceof NoAnswer ? error.cause : error;
            }
        }
    }
    dispose() {
        this.disposed = true;
        for (const socket of this.sockets)
            socket.destroy();
        this.sockets.clear();
        this.idle.clear();
    }
    routeFor(target) {
        const secure = target.protocol === 'https:';
        const host = bareHost(target.hostname);
        const port = Number(target.port) || defaultPort(target);
        const proxy = proxyFor(target, this.proxyVariables);
        const via = proxy ? `${proxy.protocol}//${proxy.display} ${proxy.authorization ?? ''}` : 'direct';
        return { key: `${target.protocol}//${target.host} via ${via}`, secure, host, port, proxy };
    }
    takeIdle(route) {
        const waiting = this.idle.get(route.key);
        let connection = waiting?.pop();
        // One the server has half-closed (its FIN read) cannot carry a request, least of all an upload.
        while (connection && (connection.socket.destroyed || !connection.socket.writable || connection.socket.readableEnded))
            connection = waiting?.pop();
        connection?.socket.ref();
        return connection;
    }
    /** Sends `head` (and the body) on `connection` and reads the answer; the connection is kept for reuse when the answer allows. */
    exchange(connection, head, request) {
        const { socket } = connection;
        const { body, signal } = request;
        return new Promise((resolve, reject) => {
            let sending = body !== undefined;
            const onAbort = () => exchange.settle(abortReason(signal));
            const exchange = {
                reader: new ResponseReader(request.maxBodyBytes),
                settle: (error, response, rest) => {
                    if (connection.exchange !== exchange)
                        return;
                    connection.exchange = null;
                    signal.removeEventListener('abort', onAbort);
                    body?.destroy();
                    if (error) {
                        socket.destroy();
                        // Nothing of an answer came on a reused connection: the caller may try a new one (not after an abort).
                        reject(exchange.reader.started || signal.aborted ? error : new NoAnswer(error));
                        return;
                    }
                    // Bytes past the answer, a body still being sent, or a connection the server closes: not reused.
                    if (response.keepAlive && rest.length === 0 && !sending)
                        this.release(connection);
                    else
                        socket.destroy();
                    resolve({ status: response.status, headers: response.headers, body: response.body });
                },
            };
            if (signal.aborted) {
                socket.destroy();
                reject(abortReason(signal));
                return;
            }
            connection.exchange = exchange;
            signal.addEventListener('abort', onAbort, { once: true });
            socket.write(head, 'latin1');
            if (body) {
                sendBody(socket, body, request.headers['content-length']).then(() => (sending = false), (error) => exchange.settle(error));
            }
        });
    }
    /** Keeps an answered connection for the next request of its route; idle, it holds no process open. */
    release(connection) {
        connection.socket.unref();
        const waiting = this.idle.get(connection.route.key);
        if (waiting)
            waiting.push(connection);
        else
            this.idle.set(connection.route.key, [connection]);
    }
    /** A new connection for `route`: TCP (or TLS) to the service, or a tunnel through the proxy with TLS inside. */
    async connect(route, target, signal) {
        let tunnel;
        if (route.proxy) {
            tunnel = await this.openTunnel(route.proxy, `${target.hostname}:${route.port}`, signal);
            if (signal.aborted || this.disposed) {
                tunnel.destroy();
                stillWanted(signal, this.disposed);
            }
            if (!route.secure)
                return this.adopt(tunnel, route);
        }
        else if (!route.secure) {
            return this.adopt((0,external_node_net_.connect)({ host: route.host, port: route.port }), route);
        }
        // `host` is also the name the certificate is checked against (a tunnel's socket has none of its own).
        const socket = process.getBuiltinModule('node:tls').connect({
            ...(tunnel ? { socket: tunnel } : { port: route.port }),
            host: route.host,
            servername: serverName(route.host),
            ALPNProtocols: ['http/1.1'],
        });
        return this.adopt(socket, route);
    }
    /** Wires `socket`'s events to whichever exchange it carries: one set of listeners for its whole life. */
    adopt(socket, route) {
        const connection = { socket, route, exchange: null };
        this.sockets.add(socket);
        socket.setNoDelay(true);
        socket.resume(); // a tunnel's socket comes paused, its first bytes put back
        // A socket silent this long is given up, whatever the caller's own deadline; an idle one is just closed.
        socket.setTimeout(this.socketTimeoutMs, () => {
            connection.exchange?.settle(Object.assign(new Error(`no data for ${this.socketTimeoutMs / 1000} s`), { code: 'ETIMEDOUT' }));
            socket.destroy();
        });
        socket.on('data', (chunk) => {
            const exchange = connection.exchange;
            if (!exchange) {
                socket.destroy(); // bytes nobody asked for: the connection cannot be trusted to frame the next answer
                return;
            }
            try {
                const done = exchange.reader.push(chunk);
                if (done)
                    exchange.settle(null, done.response, done.rest);
            }
            catch (error) {
                exchange.settle(error);
            }
        });
        socket.on('end', () => {
            const exchange = connection.exchange;
            if (!exchange) {
                socket.destroy(); // closed by the server while idle: never to be picked again
                return;
            }
            try {
                exchange.settle(null, { ...exchange.reader.end(), keepAlive: false }, Buffer.alloc(0));
            }
            catch (error) {
                exchange.settle(error);
            }
        });
        socket.on('error', (error) => connection.exchange?.settle(error));
        socket.on('close', () => {
            this.sockets.delete(socket);
            connection.exchange?.settle(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
        });
        return connection;
    }
    /** Asks `proxy` for a tunnel to `authority` (host:port) and resolves with the tunnel's socket. */
    openTunnel(proxy, authority, signal) {
        return new Promise((resolve, reject) => {
            const options = { host: proxy.host, port: proxy.port };
            // An https:// proxy's certificate is checked against its own name. No SNI for an address.
            const socket = proxy.protocol === 'https:' ? process.getBuiltinModule('node:tls').connect({ ...options, servername: serverName(proxy.host) }) : (0,external_node_net_.connect)(options);
            this.sockets.add(socket);
            const reader = new ResponseReader(0, { tunnel: true });
            const finish = (error, rest) => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                socket.removeListener('data', onData).removeListener('error', onError).removeListener('close', onClose);
                this.sockets.delete(socket);
                if (error) {
                    socket.destroy();
                    reject(error);
                    return;
                }
                // Paused until the connection's own listeners are on, so bytes after the answer are not lost.
                socket.pause();
                if (rest && rest.length > 0)
                    socket.unshift(rest);
                resolve(socket);
            };
            const onAbort = () => finish(abortReason(signal));
            const onData = (chunk) => {
                let done;
                try {
                    done = reader.push(chunk);
                }
                catch (error) {
                    finish(new ProxyTunnelError(`the proxy ${proxy.display} answered the request for a tunnel with something else than HTTP (${error.message})`, true));
                    return;
                }
                if (!done)
                    return;
                const { status, statusText } = done.response;
                if (status < 200 || status > 299) {
                    const said = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
                    finish(new ProxyTunnelError(`the proxy ${proxy.display} refused the tunnel to ${authority} (${said})`, status < 400 || status > 499));
                    return;
                }
                finish(null, done.rest);
            };
            const onError = (error) => finish(new ProxyTunnelError(`could not reach the proxy ${proxy.display} (${error.code ?? error.message})`, true));
            const onClose = () => finish(new ProxyTunnelError(`the proxy ${proxy.display} closed the connection before answering the request for a tunnel`, true));
            const timer = setTimeout(() => finish(new ProxyTunnelError(`the proxy ${proxy.display} did not answer the request for a tunnel within ${this.socketTimeoutMs / 1000} s`, true)), this.socketTimeoutMs);
            socket.on('data', onData).on('error', onError).on('close', onClose);
            signal.addEventListener('abort', onAbort, { once: true });
            const headers = proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {};
            socket.write(requestHead('CONNECT', authority, authority, headers), 'latin1');
        });
    }
}
function abortReason(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error('the request was aborted');
}
/** Throws when the caller gave the request up, or the transport was disposed of: nothing more is sent. */
function stillWanted(signal, disposed) {
    if (signal.aborted)
        throw abortReason(signal);
    if (disposed)
        throw Object.assign(new Error('the HTTP transport was closed'), { code: 'ERR_TRANSPORT_CLOSED' });
}
/** No answer at all on a connection: wraps why, so a reused connection's request can go again on a new one. */
class NoAnswer extends Error {
    cause;
    constructor(cause) {
        super(cause.message);
        this.cause = cause;
    }
}
/**
 * Writes `body` after the head as it is read, never held whole, waiting when the socket is full. With
 * a declared length, exactly that many bytes: more or fewer is an error, never a request cut wrong.
 * Without one, chunked.
 */
async function sendBody(socket, body, declared) {
    const length = declared === undefined ? -1 : Number(declared);
    let sent = 0;
    for await (const piece of body) {
        if (socket.destroyed)
            return;
        // Counted in bytes, whatever the stream yields; an empty chunk would read as the body's end.
        const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
        if (chunk.length === 0)
            continue;
        sent += chunk.length;
        if (length >= 0 && sent > length)
            throw new Error(`the request body is longer than its content-length (${length} bytes)`);
        let written;
        if (length >= 0)
            written = socket.write(chunk);
        else {
            socket.cork();
            socket.write(`${chunk.length.toString(16)}\r\n`);
            socket.write(chunk);
            written = socket.write('\r\n');
            socket.uncork();
        }
        if (!written)
            await drained(socket);
    }
    if (length >= 0 && sent !== length)
        throw new Error(`the request body ended after ${sent} of its ${length} bytes`);
    if (length < 0)
        socket.write('0\r\n\r\n');
}
function drained(socket) {
    return new Promise((resolve) => {
        const done = () => {
            socket.removeListener('drain', done).removeListener('close', done);
            resolve();
        };
        socket.on('drain', done).on('close', done);
    });
}
/** The TLS server name for `host`: none for an IP address, which SNI cannot carry. */
function serverName(host) {
    return (0,external_node_net_.isIP)(host) === 0 ? host : undefined;
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: ./src/adapters/heap-growth.ts
// How far V8 lets the heap grow before it collects, set for long scans. `node dist/index.js` takes no
// flags, so these are V8 flags that V8 reads each time it resizes (their maxima are fixed at start-up).
//
// - The young generation doubles while a program keeps allocating, up to 128 MiB on a runner with
//   16 GiB or more; a scan allocates for every lookup and always reaches it. Its growth stops at 32 MiB.
// - The old generation may grow to several times what is live before a full collection; a scan of
//   100,000 files promotes about 10 MiB of short-lived answers a second, so it grew to 400+ MiB with
//   60 MiB live. It may now grow by a quarter of what is live.
// Measured (README "Performance"): 100,000 files 432–455 → 284–290 MiB peak, CPU within the noise of a
// loaded machine; stopping the young generation at its 3 MiB start instead cost 10–25 % more CPU.

/** Young-generation size past which it no longer grows. */
const YOUNG_GENERATION_CAP_BYTES = 32 * 1024 * 1024;
/** How much the old generation may grow beyond what a full collection left, in percent. */
const OLD_GENERATION_GROWTH_PERCENT = 25;
const CHECK_EVERY_MS = 50;
/** Sets the old generation's growth, and stops the young generation's once it reaches `youngCapBytes`. */
function limitHeapGrowth(youngCapBytes = YOUNG_GENERATION_CAP_BYTES, oldGrowthPercent = OLD_GENERATION_GROWTH_PERCENT) {
    external_node_v8_default().setFlagsFromString(`--heap-growing-percent=${oldGrowthPercent}`);
    const check = setInterval(() => {
        const youngBytes = external_node_v8_default().getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
        if (youngBytes < youngCapBytes)
            return;
        external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
        clearInterval(check);
    }, CHECK_EVERY_MS).unref();
}

;// CONCATENATED MODULE: ./src/core/archives/limits.ts
// The limits of opening archives, with safe defaults: a zip bomb, a quine or a huge archive ends as
// a clear status, never unbounded time or memory.
const MIB = 1024 * 1024;
const DEFAULT_ARCHIVE_LIMITS = {
    maxDepth: 3,
    maxMembers: 10_000,
    maxMemberBytes: 2048 * MIB,
    maxTotalBytes: 8192 * MIB,
    maxRatio: 200,
    maxNestedBytes: 64 * MIB,
};
/** Small members compress arbitrarily well (a page of zeros): the ratio counts only past this size. */
const RATIO_FLOOR_BYTES = MIB;
function ratioExceeded(expanded, compressed, maxRatio) {
    return expanded > RATIO_FLOOR_BYTES && expanded > maxRatio * Math.max(compressed, 1);
}

;// CONCATENATED MODULE: ./src/core/providers.ts
const PROVIDERS = {
    virustotal: {
        name: 'VirusTotal',
        apiUrl: 'https://www.virustotal.com/api/v3',
        // Free VirusTotal keys allow 4 lookups a minute.
        requestsPerMinute: 4,
        quotaHint: 'A free VirusTotal key allows 4 requests per minute and 500 per day; set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
        reportLink: (sha256) => `https://www.virustotal.com/gui/file/${sha256}`,
        analysisLink: (analysisId) => `https://www.virustotal.com/gui/file-analysis/${encodeURIComponent(analysisId)}`,
    },
    reversinglabs: {
        name: 'ReversingLabs',
        apiUrl: 'https://data.reversinglabs.com/api/v3',
        // ReversingLabs keys are not paced by default.
        requestsPerMinute: 0,
        quotaHint: "Set `requests-per-minute` to your ReversingLabs account's rate limit, or ask ReversingLabs for a larger quota.",
        reportLink: () => null,
    },
};
/** The provider's web page for a hash; null where the provider has no public page to link. */
function reportLink(provider, sha256) {
    return PROVIDERS[provider].reportLink(sha256);
}
/** The provider's web page for an analysis; null where the provider has none. */
function analysisLink(provider, analysisId) {
    return PROVIDERS[provider].analysisLink?.(analysisId) ?? null;
}

;// CONCATENATED MODULE: ./src/core/verdict-cache.ts
// What the service said, kept between runs so an unchanged re-scan costs no requests. Only answers
// are kept (a report, or "never seen"), with when they were fetched, scoped to the provider and the
// api-url origin: never the key, never an error, never a verdict. Every entry read back is validated
// as a fresh answer is (parseFileReport), and every reuse is judged again by the current policy.
// URL answers are kept the same way, apart from the files' and under the SHA-256 of the URL, never the
// URL itself: a URL may hold a token, and the cache is stored where others may read it.


const CACHE_SCHEMA = 'artifact-reputation-gate/verdict-cache';
const CACHE_SCHEMA_VERSION = 1;
const HOUR_MS = 3_600_000;
/** A fetch time this far ahead of the clock is not a clock's skew but a forged or broken entry. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
function cacheScope(provider, apiUrl) {
    const origin = new URL(apiUrl).origin;
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${provider}\n${origin}`).digest('hex').slice(0, 16);
    return { provider, origin, key: `${provider}-${digest}` };
}
/** What a URL's answer is kept under: the SHA-256 of the URL exactly as given (and looked up). */
function urlCacheKey(url) {
    return (0,external_node_crypto_.createHash)('sha256').update(url, 'utf8').digest('hex');
}
/** Hours from an input to milliseconds. */
function hoursToMs(hours) {
    return hours * HOUR_MS;
}
/** The answers of one kind (files' or URLs'), by key: those loaded, those fetched, and what this run reused. */
class Shelf {
    loaded = new Map();
    fetched = new Map();
    reusedAt = new Map();
    lookedUp = 0;
    reuse(key, options, now, kinds) {
        const answer = this.loaded.get(key);
        if (answer === undefined || !kinds.includes(answer.kind) || !isFresh(answer, options, now))
            return null;
        this.reusedAt.set(key, answer.fetchedAt);
        return answer.kind === 'found' ? { kind: 'found', report: answer.report, cachedAt: answer.fetchedAt } : { kind: 'unknown', cachedAt: answer.fetchedAt };
    }
    /** Keeps a report or "never seen"; errors (and whatever `keep` refuses) are counted, not kept. */
    record(key, outcome, fetchedAt, keep = () => true) {
        this.lookedUp++;
        if (outcome.kind === 'found' && outcome.report !== undefined && keep(outcome.report))
            this.fetched.set(key, { kind: 'found', report: outcome.report, fetchedAt });
        else if (outcome.kind === 'unknown')
            this.fetched.set(key, { kind: 'unknown', fetchedAt });
    }
    /** What to write back: every loaded answer still fresh, then what was fetched. */
    kept(options, now) {
        const entries = new Map();
        for (const [key, answer] of this.loaded)
            if (isFresh(answer, options, now))
                entries.set(key, answer);
        for (const [key, answer] of this.fetched)
            entries.set(key, answer);
        return entries;
    }
}
/**
 * The entries of one scope for one run: loaded once, asked per hash (or URL), recorded per answer,
 * and written back with what is still fresh.
 */
class VerdictCache {
    files = new Shelf();
    urls = new Shelf();
    problems = [];
    scope;
    options;
    store;
    log;
    constructor(scope, options, store, log) {
        [this.scope, this.options, this.store, this.log] = [scope, options, store, log];
    }
    /** Reads the store; a store that fails, or text that is not a trusted cache of this scope, leaves it empty. */
    async load(now = new Date()) {
        let text;
        try {
            text = await this.store.load(this.scope);
        }
        catch (error) {
            return this.problem(`The verdict cache could not be restored (${messageOf(error)}); every hash is looked up.`);
        }
        if (text === null)
            return this.log.debug('No verdict cache to restore for this provider and api-url.');
        try {
            const { files, urls } = decodeCacheEntries(text, this.scope, now);
            for (const [sha256, answer] of files)
                this.files.loaded.set(sha256, answer);
            for (const [key, answer] of urls)
                this.urls.loaded.set(key, answer);
            this.log.debug(`Restored ${this.files.loaded.size} cached answers${urls.size > 0 ? ` and ${urls.size} of URLs` : ''}.`);
        }
        catch (error) {
            if (!(error instanceof CacheFormatError))
                throw error;
            this.problem(`The verdict cache was ignored, not trusted: ${error.message}. Every hash is looked up.`);
        }
    }
    /** The cached answer for a hash when it is of a kind asked for and young enough to reuse, as a lookup outcome; null otherwise. */
    reuse(sha256, now = new Date(), kinds = ['found', 'unknown']) {
        return this.files.reuse(sha256, this.options, now, kinds);
    }
    /** Keeps what the service just answered; errors are never kept. */
    record(sha256, outcome, fetchedAt = new Date()) {
        this.files.record(sha256, outcome, fetchedAt);
    }
    /** The cached answer for a URL (as given), under the same freshness rules as a hash's; null when there is none to reuse. */
    reuseUrl(url, now = new Date()) {
        return this.urls.reuse(urlCacheKey(url), this.options, now, ['found', 'unknown']);
    }
    /**
     * Keeps what the service just answered for a URL. A report whose id is not the service's SHA-256 (it
     * may then be the URL's own base64url) is not kept, so the URL never reaches the cache.
     */
    recordUrl(url, outcome, fetchedAt = new Date()) {
        this.urls.record(urlCacheKey(url), outcome, fetchedAt, (report) => SHA256.test(report.id));
    }
    /** Writes what was fetched, with every loaded answer still fresh, back to the store; a failure warns. */
    async save(now = new Date()) {
        const files = this.files.kept(this.options, now);
        const urls = this.urls.kept(this.options, now);
        const unchanged = (shelf, kept) => shelf.fetched.size === 0 && kept.size === shelf.loaded.size;
        if (unchanged(this.files, files) && unchanged(this.urls, urls))
            return this.log.debug('Nothing new to cache.');
        try {
            await this.store.save(this.scope, encodeCache(this.scope, files, urls));
            this.log.debug(`Saved ${files.size} answers${urls.size > 0 ? ` and ${urls.size} of URLs` : ''} to the verdict cache.`);
        }
        catch (error) {
            this.problem(`The verdict cache could not be saved (${messageOf(error)}); the next run looks these hashes up again.`);
        }
    }
    use() {
        const times = [...this.files.reusedAt.values(), ...this.urls.reusedAt.values()].map((date) => date.getTime());
        const urls = { reused: this.urls.reusedAt.size, lookedUp: this.urls.lookedUp };
        return {
            reused: this.files.reusedAt.size,
            lookedUp: this.files.lookedUp,
            ...(urls.reused + urls.lookedUp > 0 && { urls }),
            oldestFetchedAt: times.length === 0 ? null : new Date(Math.min(...times)),
            problems: [...this.problems],
        };
    }
    problem(message) {
        this.problems.push(message);
        this.log.warning(message);
    }
}
const SHA256 = /^[0-9a-f]{64}$/;
function isFresh(answer, options, now) {
    const maxAge = answer.kind === 'found' ? options.maxAgeMs : options.unknownMaxAgeMs;
    return maxAge > 0 && now.getTime() - answer.fetchedAt.getTime() <= maxAge;
}
/** A cache text that is not a trusted cache of this scope; the message says what is wrong. */
class CacheFormatError extends Error {
    name = 'CacheFormatError';
}
/**
 * The cache as text. A report is kept in the service's own shape, cut to the fields parseFileReport
 * reads, so that loading it is validating a fresh answer.
 */
function encodeCache(scope, entries, urlEntries = new Map()) {
    const urls = urlEntries.size > 0 ? { urls: encodeEntries(urlEntries, urlReportBody) } : {};
    return `${JSON.stringify({ schema: CACHE_SCHEMA, version: CACHE_SCHEMA_VERSION, provider: scope.provider, origin: scope.origin, entries: encodeEntries(entries, reportBody), ...urls })}\n`;
}
function encodeEntries(entries, body) {
    const encoded = {};
    for (const [key, answer] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
        encoded[key] =
            answer.kind === 'found' ? { fetchedAt: answer.fetchedAt.toISOString(), answer: 'found', report: body(answer.report) } : { fetchedAt: answer.fetchedAt.toISOString(), answer: 'unknown' };
    }
    return encoded;
}
/** Reads the files' answers of a cache text of this scope; throws CacheFormatError on anything not proven right. */
function decodeCache(text, scope, now) {
    return decodeCacheEntries(text, scope, now).files;
}
/**
 * Reads a cache text of this scope: the files' answers (`entries`, by SHA-256) and the URLs' (`urls`, by
 * urlCacheKey; absent in caches written before URLs were kept). Throws CacheFormatError on anything not proven right.
 */
function decodeCacheEntries(text, scope, now) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new CacheFormatError(`it is not JSON (${messageOf(error)})`);
    }
    if (!verdict_cache_isObject(parsed) || parsed.schema !== CACHE_SCHEMA)
        throw new CacheFormatError(`it is not a ${CACHE_SCHEMA} file`);
    if (parsed.version !== CACHE_SCHEMA_VERSION)
        throw new CacheFormatError(`it has version ${JSON.stringify(parsed.version)}; this gate reads version ${CACHE_SCHEMA_VERSION}`);
    if (parsed.provider !== scope.provider || parsed.origin !== scope.origin) {
        throw new CacheFormatError(`it holds answers of ${JSON.stringify(parsed.provider)} at ${JSON.stringify(parsed.origin)}, not of ${scope.provider} at ${scope.origin}`);
    }
    if (!verdict_cache_isObject(parsed.entries))
        throw new CacheFormatError('it has no entries');
    if (parsed.urls !== undefined && !verdict_cache_isObject(parsed.urls))
        throw new CacheFormatError('its urls are not an object of entries');
    return {
        files: decodeEntries(parsed.entries, 'entry', now, (body, sha256) => parseFileReport(body, sha256)),
        urls: decodeEntries(parsed.urls ?? {}, 'URL entry', now, (body) => parseCachedUrlReport(body)),
    };
}
/** One kind of entries, each named by a lower-case SHA-256 (a file's, or a URL's urlCacheKey), its report read by `parse`. */
function decodeEntries(entries, noun, now, parse) {
    const answers = new Map();
    for (const [key, entry] of Object.entries(entries)) {
        const where = `${noun} ${JSON.stringify(key.slice(0, 80))}`;
        if (!SHA256.test(key))
            throw new CacheFormatError(`${where} is not named by a lower-case SHA-256`);
        if (!verdict_cache_isObject(entry))
            throw new CacheFormatError(`${where} is not an object`);
        const fetchedAt = typeof entry.fetchedAt === 'string' ? new Date(entry.fetchedAt) : new Date(Number.NaN);
        if (Number.isNaN(fetchedAt.getTime()) || fetchedAt.toISOString() !== entry.fetchedAt)
            throw new CacheFormatError(`${where} has no valid fetchedAt time`);
        if (fetchedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
            throw new CacheFormatError(`${where} was fetched in the future (${entry.fetchedAt})`);
        if (entry.answer === 'unknown') {
            answers.set(key, { kind: 'unknown', fetchedAt });
        }
        else if (entry.answer === 'found') {
            try {
                answers.set(key, { kind: 'found', report: parse(entry.report, key), fetchedAt });
            }
            catch (error) {
                if (!(error instanceof ProtocolError))
                    throw error;
                throw new CacheFormatError(`${where} is not a valid report: ${error.message}`);
            }
        }
        else {
            throw new CacheFormatError(`${where} has answer ${JSON.stringify(entry.answer)}, neither "found" nor "unknown"`);
        }
    }
    return answers;
}
/** A v3 file report body that parseFileReport reads back as exactly `report`. */
function reportBody(report) {
    return {
        data: {
            id: report.sha256,
            type: 'file',
            attributes: {
                sha256: report.sha256,
                ...analysisAttributes(report),
                ...(report.suggestedThreatLabel !== null && { popular_threat_classification: { suggested_threat_label: report.suggestedThreatLabel } }),
            },
        },
    };
}
/** A v3 URL report body that parseCachedUrlReport reads back as exactly `report`: without the URL. */
function urlReportBody(report) {
    return { data: { id: report.id, type: 'url', attributes: { ...analysisAttributes(report), threat_names: report.threatNames, categories: report.categories } } };
}
/** What file and URL reports share, in the service's shape: the stats, the engines that flag, the dates. */
function analysisAttributes(report) {
    const { stats } = report;
    const named = stats.malicious + stats.suspicious + stats.undetected + stats.harmless + stats.timeout + stats.failure + stats.typeUnsupported;
    const seconds = (date) => (date === null ? null : Math.round(date.getTime() / 1000));
    return {
        last_analysis_stats: {
            malicious: stats.malicious,
            suspicious: stats.suspicious,
            undetected: stats.undetected,
            harmless: stats.harmless,
            timeout: stats.timeout,
            failure: stats.failure,
            'type-unsupported': stats.typeUnsupported,
            // Categories the gate does not name (confirmed-timeout, …) still count engines.
            ...(report.engineCount > named && { other: report.engineCount - named }),
        },
        last_analysis_results: Object.fromEntries(report.detections.map((d) => [d.engine, { engine_name: d.engine, category: d.category, result: d.result, engine_version: d.version }])),
        first_submission_date: seconds(report.firstSeen),
        last_analysis_date: seconds(report.lastAnalysed),
    };
}
function verdict_cache_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function messageOf(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/core/options.ts
// The options of a gate, from any reader of named inputs (the action's, the command line's). Every
// input is read, validated and typed here, once;
// a bad value throws an InputError that names the input and what it accepts, before any request.





class InputError extends Error {
    name = 'InputError';
}
/**
 * Reads and validates every input. Pure: `read` and `readTextFile` are the only sources, nothing is
 * logged. Relative paths (`allow-file`, `sarif-path`) are taken from `workspace`.
 */
function parseInputs(read, readTextFile = () => '', workspace = process.cwd()) {
    const apiKey = read('api-key').trim();
    if (apiKey === '')
        throw new InputError('Input `api-key` is required: the API key of your VirusTotal or ReversingLabs account.');
    // It travels in an HTTP header: visible ASCII only. The key itself is never quoted back.
    if (!/^[\x21-\x7e]+$/.test(apiKey)) {
        throw new InputError('Input `api-key` must be one line of visible ASCII characters (no spaces, line breaks or other characters); the value given has others.');
    }
    // A short value would be masked in the middle of ordinary words (and unmasked text around it would
    // give it away); real keys are far longer. Neither the key nor its length is quoted back.
    if (apiKey.length < MIN_API_KEY_LENGTH) {
        throw new InputError(`Input \`api-key\` must be at least ${MIN_API_KEY_LENGTH} characters long, as the keys of VirusTotal and ReversingLabs are; the value given is shorter. Check that the secret holds the whole key.`);
    }
    // Read first: with URLs to check, `files` may be left out (a URL-only run lists no file).
    const urls = urlList(read, readTextFile, workspace);
    const patterns = lines(read('files')).length === 0 ? '' : read('files');
    if (patterns === '' && urls.length === 0) {
        throw new InputError('Input `files` is required unless `urls` or `urls-file` lists a URL to check: one or more glob patterns, one per line (for example `dist/**`), or the URLs alone.');
    }
    const provider = oneOf(read, 'provider', ['virustotal', 'reversinglabs'], 'virustotal');
    const maxMalicious = wholeNumber(read, 'max-malicious', 0, 0);
    const ignoreEngines = lines(read('ignore-engines')).map(({ text }) => text.toLowerCase());
    const { allow, allowEntries, allowUrls, allowUrlEntries } = allowList(read, readTextFile, workspace);
    return {
        patterns,
        apiKey,
        provider,
        apiUrl: apiUrl(read('api-url'), provider, apiKey),
        policy: {
            maxMalicious,
            maxSuspicious: optional(read, 'max-suspicious', () => wholeNumber(read, 'max-suspicious', 0, 0)),
            minEngines: wholeNumber(read, 'min-engines', 1, 0),
            maxReportAgeDays: optional(read, 'max-report-age-days', () => wholeNumber(read, 'max-report-age-days', 0, 1)),
            ignoreEngines,
            allow,
            allowEntries,
            ...(Object.keys(allowUrls).length > 0 && { allowUrls, allowUrlEntries }),
            failEngines: failEngines(read, ignoreEngines),
            warnMalicious: optional(read, 'warn-malicious', () => warnMalicious(read, maxMalicious)),
            maxMaliciousPercent: optional(read, 'max-malicious-percent', () => percent(read, 'max-malicious-percent')),
            onUnknown: oneOf(read, 'on-unknown', ['pass', 'warn', 'fail'], 'warn'),
            onError: oneOf(read, 'on-error', ['fail', 'warn'], 'fail'),
            ifNoFilesFound: oneOf(read, 'if-no-files-found', ['warn', 'error', 'ignore'], 'warn'),
        },
        jobSummary: options_boolean(read, 'job-summary', true),
        requestsPerMinute: wholeNumber(read, 'requests-per-minute', PROVIDERS[provider].requestsPerMinute, 0),
        concurrency: wholeNumber(read, 'concurrency', 4, 1, 256),
        maxRetries: wholeNumber(read, 'max-retries', 5, 0, 100),
        requestTimeoutMs: Math.round(seconds(read, 'request-timeout-seconds', 30, 3600) * 1000),
        sarifPath: optional(read, 'sarif-path', () => external_node_path_default().resolve(workspace, read('sarif-path').trim())),
        ...uploadOptions(read, provider),
        cache: cacheOptions(read),
        archives: archiveOptions(read),
        urls,
    };
}
const options_MIB = 1024 * 1024;
function archiveOptions(read) {
    const defaults = DEFAULT_ARCHIVE_LIMITS;
    const mebibytes = (name, fallback, max) => wholeNumber(read, name, fallback / options_MIB, 1, max) * options_MIB;
    return {
        members: oneOf(read, 'archive-members', ['binaries', 'all', 'none'], 'binaries'),
        limits: {
            maxDepth: wholeNumber(read, 'archive-max-depth', defaults.maxDepth, 1, 32),
            maxMembers: wholeNumber(read, 'archive-max-members', defaults.maxMembers, 1),
            maxMemberBytes: mebibytes('archive-max-member-mib', defaults.maxMemberBytes, 1024 * 1024),
            maxTotalBytes: mebibytes('archive-max-total-mib', defaults.maxTotalBytes, 1024 * 1024 * 1024),
            maxRatio: wholeNumber(read, 'archive-max-ratio', defaults.maxRatio, 1),
            // A Buffer holds at most 4 GiB on 64-bit Node.
            maxNestedBytes: mebibytes('archive-max-nested-mib', defaults.maxNestedBytes, 4095),
        },
    };
}
/** `upload-unknown`, `upload-files`, `analysis-timeout-minutes`: checked together, since they only mean something together. */
function uploadOptions(read, provider) {
    const uploadUnknown = options_boolean(read, 'upload-unknown', false);
    if (uploadUnknown && provider === 'reversinglabs') {
        throw new InputError('Input `upload-unknown` must be `false` with `provider: reversinglabs`: its VirusTotal-compatible API serves lookups only, not uploads. Upload with `provider: virustotal`, or leave `upload-unknown` unset.');
    }
    // Blank reads as the default `**` only while nothing is uploaded: with uploads on it is refused, never widened.
    const uploadPatterns = !uploadUnknown && lines(read('upload-files')).length === 0 ? '**' : read('upload-files');
    if (lines(uploadPatterns).length === 0) {
        throw new InputError('Input `upload-files` must list at least one glob pattern (relative to the workspace, for example `dist/**`) of the artifacts that may be uploaded; to upload nothing, set `upload-unknown: false`.');
    }
    const minutes = read('analysis-timeout-minutes').trim();
    const number = Number(minutes);
    // Fractions are accepted (a short wait in a test, say); the first poll comes after a minute or an eighth of this, whichever is sooner.
    if (minutes !== '' && (!/^\d+(\.\d+)?$/.test(minutes) || number < 0.01 || number > 360)) {
        throw new InputError(`Input \`analysis-timeout-minutes\` must be a number of minutes from 0.01 to 360 (for example 10 or 2.5); got ${quote(minutes)}.`);
    }
    return { uploadUnknown, uploadPatterns, analysisTimeoutMs: Math.round((minutes === '' ? 10 : number) * 60_000) };
}
/** The cache inputs; the ages are checked even when the cache is off, so a typo never waits for the day it is turned on. */
function cacheOptions(read) {
    const maxAgeMs = hoursToMs(wholeNumber(read, 'cache-max-age-hours', 24, 0, MAX_CACHE_HOURS));
    const unknownMaxAgeMs = hoursToMs(wholeNumber(read, 'cache-unknown-max-age-hours', 1, 0, MAX_CACHE_HOURS));
    return options_boolean(read, 'cache', true) ? { maxAgeMs, unknownMaxAgeMs } : null;
}
/** `urls` and `urls-file` together, one URL a line; a bad line is named by input and number. */
function urlList(read, readTextFile, workspace) {
    try {
        const items = parseUrlList(read('urls'), { input: 'urls' }, 'Input `urls`');
        const file = read('urls-file').trim();
        if (file === '')
            return items;
        const text = readWorkspaceFile('urls-file', file, readTextFile, workspace);
        const shown = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file)).split((external_node_path_default()).sep).join('/');
        return parseUrlList(text, { input: 'urls-file', file: shown }, `Input \`urls-file\` (${file})`, items);
    }
    catch (error) {
        if (error instanceof UrlLineError)
            throw new InputError(error.message);
        throw error;
    }
}
function readWorkspaceFile(input, file, readTextFile, workspace) {
    try {
        return readTextFile(external_node_path_default().resolve(workspace, file));
    }
    catch (error) {
        const code = error.code ?? (error instanceof Error ? error.message : String(error));
        throw new InputError(`Input \`${input}\` must name a readable file in the repository; cannot read ${quote(file)} (${code}).`);
    }
}
/** Non-blank lines that are not `#` comments, with their 1-based line numbers. */
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((line, index) => ({ text: line.trim(), line: index + 1 }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
}
function optional(read, name, parse) {
    return read(name).trim() === '' ? null : parse();
}
const ALLOW_LINE = /^([0-9a-fA-F]{64})\s+(\S.*)$/;
const EXPIRES = /^(.*?)\s*\bexpires=(\S*)$/i;
const ALLOW_URL_LINE = /^(https?:\/\/\S+)\s+(\S.*)$/i;
/**
 * `allow` and `allow-file` together: `<sha256> <reason>` or `<url> <reason>` per line, either optionally
 * followed by `expires=YYYY-MM-DD`. A malformed line is named. For a hash or URL listed more than once,
 * the entry that allows longest counts (the first of equals). A URL is matched exactly as written in `urls`.
 */
function allowList(read, readTextFile, workspace) {
    const sources = [{ name: 'Input `allow`', source: 'allow', file: null, text: read('allow') }];
    const file = read('allow-file').trim();
    if (file !== '') {
        const text = readWorkspaceFile('allow-file', file, readTextFile, workspace);
        const relative = external_node_path_default().relative(workspace, external_node_path_default().resolve(workspace, file));
        const inWorkspace = relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
        sources.push({ name: `Input \`allow-file\` (${file})`, source: `allow-file (${file})`, file: inWorkspace ? relative.split((external_node_path_default()).sep).join('/') : null, text });
    }
    const hashes = { reasons: {}, entries: {} };
    const urls = { reasons: {}, entries: {} };
    for (const { name, source, file: entryFile, text } of sources) {
        for (const { text: entry, line } of lines(text)) {
            // One expiry rule for both kinds of line: the same syntax, the same dates, the same "longest wins".
            const expiry = EXPIRES.exec(entry);
            const body = expiry ? expiry[1] : entry;
            // Checked once the line's shape is: a malformed line is named as such first.
            const allowEntry = () => ({ source, line, file: entryFile, expires: expiry ? calendarDate(expiry[2], `${name} line ${line}`) : null });
            const urlMatch = ALLOW_URL_LINE.exec(body);
            if (urlMatch) {
                let url;
                try {
                    url = parseUrlLine(urlMatch[1]).url;
                }
                catch (error) {
                    if (error instanceof UrlLineError)
                        throw new InputError(`${name} line ${line}: the URL ${error.message}.`);
                    throw error;
                }
                keepLongest(urls, url, urlMatch[2].trim(), allowEntry());
                continue;
            }
            const match = ALLOW_LINE.exec(body);
            if (!match) {
                // Quoted only when it does not look like a URL: a URL may hold a token.
                const got = /^https?:\/\/\S+$/i.test(body)
                    ? 'got a URL without a reason (not quoted: it may hold a secret)'
                    : /^[a-z][\w+.-]*:\/\//i.test(entry)
                        ? 'got a URL that is not http:// or https:// (not quoted: it may hold a secret)'
                        : `got ${quote(entry)}`;
                throw new InputError(`${name} line ${line} must be \`<sha256> <reason>\`, optionally followed by \`expires=YYYY-MM-DD\`: 64 hexadecimal characters, a space, and why the artifact is allowed (or \`<url> <reason>\` for a URL of \`urls\`); ${got}.`);
            }
            keepLongest(hashes, match[1].toLowerCase(), match[2].trim(), allowEntry());
        }
    }
    return { allow: hashes.reasons, allowEntries: hashes.entries, allowUrls: urls.reasons, allowUrlEntries: urls.entries };
}
/** Keeps an allow line's reason and entry under its hash or URL, unless one kept already allows as long. */
function keepLongest(into, key, reason, entry) {
    const kept = into.entries[key];
    if (kept && !lastsLonger(entry.expires, kept.expires))
        return;
    into.reasons[key] = reason;
    into.entries[key] = entry;
}
/** Whether an entry ending on `a` allows longer than one ending on `b` (null: for good). */
function lastsLonger(a, b) {
    return b !== null && (a === null || a > b);
}
/** A real day of the calendar, written YYYY-MM-DD. */
function calendarDate(value, where) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!day || day.toISOString().slice(0, 10) !== value) {
        throw new InputError(`${where} has \`expires=${value}\`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example \`expires=2027-01-31\`.`);
    }
    return value;
}
/** `fail-engines`: engine names, one per line, lower-cased. An engine may not also be ignored. */
function failEngines(read, ignoreEngines) {
    return lines(read('fail-engines')).map(({ text, line }) => {
        const name = text.toLowerCase();
        if (ignoreEngines.includes(name)) {
            throw new InputError(`Input \`fail-engines\` line ${line} names ${quote(text)}, which \`ignore-engines\` also lists: an engine whose verdicts do not count cannot fail an artifact. Remove it from one of the two.`);
        }
        return name;
    });
}
function warnMalicious(read, maxMalicious) {
    const value = wholeNumber(read, 'warn-malicious', 0, 0);
    if (value >= maxMalicious) {
        throw new InputError(`Input \`warn-malicious\` must be less than \`max-malicious\` (${maxMalicious}): more detections than max-malicious fail, so an artifact could never be flagged; got ${quote(read('warn-malicious').trim())}. Raise max-malicious or leave warn-malicious empty.`);
    }
    return value;
}
/** A share in %, 0 up to (not including) 100, with at most two decimals: compared exactly, in hundredths. */
function percent(read, name) {
    const value = read(name).trim();
    const number = Number(value.replace(/\s*%$/, ''));
    if (!/^\d+(\.\d{1,2})?\s*%?$/.test(value) || number >= 100) {
        throw new InputError(`Input \`${name}\` must be a percentage from 0 to less than 100, with at most two decimals (for example 15 or 12.5); got ${quote(value)}.`);
    }
    return number;
}
function oneOf(read, name, accepted, fallback) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const match = accepted.find((option) => option === value.toLowerCase());
    if (match === undefined) {
        throw new InputError(`Input \`${name}\` must be one of ${accepted.map((a) => `\`${a}\``).join(', ')}; got ${quote(value)}.`);
    }
    return match;
}
function wholeNumber(read, name, fallback, min, max = Number.MAX_SAFE_INTEGER) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
        throw new InputError(`Input \`${name}\` must be a whole number, ${range}; got ${quote(value)}.`);
    }
    return number;
}
function seconds(read, name, fallback, max) {
    const value = read(name).trim();
    if (value === '')
        return fallback;
    const number = Number(value);
    // Whole milliseconds: a value that would round to 0 ms is refused rather than cut every request.
    if (!/^\d+(\.\d+)?$/.test(value) || number < 0.001 || number > max) {
        throw new InputError(`Input \`${name}\` must be a number of seconds from 0.001 to ${max} (for example 30 or 2.5); got ${quote(value)}.`);
    }
    return number;
}
function options_boolean(read, name, fallback) {
    const value = read(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new InputError(`Input \`${name}\` must be \`true\` or \`false\`; got ${quote(read(name).trim())}.`);
}
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** The longest a cached answer may be reused: 30 days (a report that old is stale anyway). */
const MAX_CACHE_HOURS = 720;
/** The shortest `api-key` accepted. */
const MIN_API_KEY_LENGTH = 16;
function apiUrl(raw, provider, apiKey) {
    const value = raw.trim();
    if (value === '')
        return PROVIDERS[provider].apiUrl;
    // The URL is logged and written to the reports; the key belongs in `api-key` only. Not quoted back.
    if (value.toLowerCase().includes(apiKey.toLowerCase())) {
        throw new InputError('Input `api-url` must not contain the API key (the URL is shown in logs and reports); pass the key in `api-key` only.');
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(`Input \`api-url\` must be an absolute https:// URL, such as ${PROVIDERS[provider].apiUrl}; got ${quote(withoutCredentials(value))}.`);
    }
    // Quoted back without user and password: an input error is logged.
    const shown = quote(url.origin + url.pathname);
    if (url.username !== '' || url.password !== '' || value.includes('?') || value.includes('#')) {
        throw new InputError(`Input \`api-url\` must be a base URL without credentials, query or fragment; got ${shown}.`);
    }
    // The key travels in a header: never in clear text, except to this machine (tests, the sandbox).
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname));
    if (!secure) {
        throw new InputError(`Input \`api-url\` must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]); got ${shown}.`);
    }
    return url.href.replace(/\/+$/, '');
}
/** Drops a `user:password@` part from a string that did not parse as a URL. */
function withoutCredentials(value) {
    return value.replace(/\/\/[^/@]*@/, '//');
}
function quote(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

;// CONCATENATED MODULE: ./src/core/archives/chunk-reader.ts
class ChunkReader {
    chunks;
    pending = Buffer.alloc(0);
    ended = false;
    constructor(input) {
        this.chunks = input[Symbol.asyncIterator]();
    }
    /** Up to the first `length` bytes, left unread. */
    async peek(length) {
        const read = (await this.read(length)) ?? Buffer.alloc(0);
        this.pending = this.pending.length === 0 ? read : Buffer.concat([read, this.pending]);
        return read;
    }
    /** Everything not read yet. */
    async *rest() {
        if (this.pending.length > 0)
            yield this.pending;
        this.pending = Buffer.alloc(0);
        for (let next = await this.chunks.next(); !next.done; next = await this.chunks.next())
            yield next.value;
    }
    /** Up to `length` bytes: fewer only at the end of the stream, null when it has ended. */
    async read(length) {
        while (this.pending.length < length && !this.ended) {
            const next = await this.chunks.next();
            if (next.done)
                this.ended = true;
            else
                this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
        }
        if (this.pending.length === 0)
            return null;
        const read = this.pending.subarray(0, length);
        this.pending = this.pending.subarray(read.length);
        return read;
    }
    /** Exactly `length` bytes, or an error saying the data is cut short. */
    async exactly(length) {
        const read = (await this.read(length)) ?? Buffer.alloc(0);
        if (read.length < length)
            throw new Error(`the data is cut short (${length} bytes expected, ${read.length} left)`);
        return read;
    }
    /** The next `length` bytes as chunks, without holding them together. */
    async *take(length) {
        for (let left = length; left > 0;) {
            if (this.pending.length === 0) {
                const next = await this.chunks.next();
                if (next.done)
                    throw new Error(`the data is cut short (${left} of ${length} bytes missing)`);
                this.pending = next.value;
            }
            const chunk = this.pending.subarray(0, left);
            this.pending = this.pending.subarray(chunk.length);
            left -= chunk.length;
            yield chunk;
        }
    }
    async skip(length) {
        for await (const _ of this.take(length))
            ;
    }
}

;// CONCATENATED MODULE: ./src/core/archives/ar.ts

const MAGIC = '!<arch>\n';
const HEADER_BYTES = 60;
/** Names are held in memory: a GNU long-name table, or a BSD name, beyond these is no real archive's. */
const MAX_NAME_TABLE_BYTES = 16 * 1024 * 1024;
const MAX_NAME_BYTES = 64 * 1024;
async function* arEntries(input) {
    const reader = new ChunkReader(input);
    try {
        const magic = await reader.read(MAGIC.length);
        if (magic?.toString('latin1') !== MAGIC)
            throw new Error('it does not start with the ar signature');
        let longNames = '';
        for (let header = await reader.read(HEADER_BYTES); header; header = await reader.read(HEADER_BYTES)) {
            if (header.length < HEADER_BYTES || header.toString('latin1', 58, 60) !== '`\n')
                throw new Error('a member header is damaged or cut short');
            const sizeText = header.toString('latin1', 48, 58).trim();
            if (!/^\d+$/.test(sizeText))
                throw new Error(`a member header gives no size (${JSON.stringify(sizeText)})`);
            const stored = Number(sizeText);
            let size = stored;
            let name = header.toString('latin1', 0, 16).trimEnd();
            if (name.startsWith('#1/')) {
                // BSD: the name is the first bytes of the data.
                const nameLength = Number(name.slice(3));
                if (!(nameLength <= Math.min(stored, MAX_NAME_BYTES)))
                    throw new Error(`a member name is said to be ${name.slice(3)} bytes, more than its member or the ${MAX_NAME_BYTES / 1024} KiB a name may have`);
                name = (await reader.exactly(nameLength)).toString().replace(/\0+$/, '');
                size -= nameLength;
            }
            else if (name === '//') {
                if (size > MAX_NAME_TABLE_BYTES)
                    throw new Error(`its long-name table is ${size} bytes, more than the ${MAX_NAME_TABLE_BYTES / 1024 / 1024} MiB held in memory`);
                longNames = (await reader.exactly(size)).toString();
                await reader.skip(stored % 2);
                continue;
            }
            else if (name === '/' || name === '/SYM64/') {
                await reader.skip(stored + (stored % 2)); // the symbol table
                continue;
            }
            else if (/^\/\d+$/.test(name)) {
                const start = Number(name.slice(1)); // GNU: an offset into the long-name table
                name = longNames.slice(start, longNames.indexOf('/\n', start) === -1 ? undefined : longNames.indexOf('/\n', start));
            }
            else if (name.endsWith('/')) {
                name = name.slice(0, -1);
            }
            let taken = false;
            yield {
                name,
                compressedSize: null,
                isolated: false,
                data: async () => ((taken = true), reader.take(size)),
            };
            if (!taken)
                await reader.skip(size);
            await reader.skip(stored % 2);
        }
    }
    finally {
        input.destroy();
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __nccwpck_require__(6642);
;// CONCATENATED MODULE: ./src/core/archives/sniff.ts
// What a file is, by its first bytes, never by its name: the containers the gate opens and the
// native executables and libraries that `archive-members: binaries` looks up.
/** Bytes a sniff needs: tar's magic sits at offset 257. */
const SNIFF_BYTES = 512;
const startsWith = (head, bytes, at = 0) => head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);
function sniffContainer(head) {
    // A local file header, or the end record of an empty zip (jar, war, apk, nupkg, whl, vsix, msix…).
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
        return 'zip';
    if (startsWith(head, [0x43, 0x72, 0x32, 0x34]))
        return 'crx'; // "Cr24": a zip after its header
    // gzip's magic is two bytes: random data starts so once in 65,536 files. Its method (8, deflate) and
    // reserved flag bits (zero) must agree too, or a random .bin would be "a corrupt gzip".
    if (startsWith(head, [0x1f, 0x8b, 0x08]) && head.length > 3 && (head[3] & 0xe0) === 0)
        return 'gzip';
    if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd]))
        return 'zstd';
    if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        return 'xz'; // "\xFD7zXZ\0": the stream header
    if (startsWith(head, [...Buffer.from('!<arch>\n')]))
        return 'ar'; // .deb
    if (startsWith(head, [...Buffer.from('ustar')], 257))
        return 'tar'; // POSIX and GNU; pre-POSIX tar has no magic
    return null;
}
/** PE (Windows), ELF (Linux and the BSDs) or Mach-O (macOS, iOS, fat or thin). */
function isNativeBinary(head) {
    if (startsWith(head, [0x4d, 0x5a]))
        return true; // "MZ"
    if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46]))
        return true;
    const thin = [
        [0xfe, 0xed, 0xfa, 0xce],
        [0xfe, 0xed, 0xfa, 0xcf],
        [0xce, 0xfa, 0xed, 0xfe],
        [0xcf, 0xfa, 0xed, 0xfe],
    ];
    if (thin.some((magic) => startsWith(head, magic)))
        return true;
    // A fat Mach-O shares 0xcafebabe with Java class files; its next word (architectures) is small,
    // where a class file's (minor and major version) is 45 or more.
    if ((startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) || startsWith(head, [0xca, 0xfe, 0xba, 0xbf])) && head.length >= 8) {
        return Buffer.from(head.buffer, head.byteOffset, head.length).readUInt32BE(4) < 20;
    }
    return false;
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(6118);
;// CONCATENATED MODULE: ./src/core/archives/tar.ts

async function* tarEntries(input) {
    const extract = tar_stream.extract();
    input.on('error', (error) => extract.destroy(error));
    input.pipe(extract);
    try {
        for await (const entry of extract) {
            const { type, name, size } = entry.header;
            const pax = entry.header.pax;
            if (type === 'file' || type === 'contiguous-file') {
                // A sparse file's data is its map and the parts that are not holes, not its content: never hashed as it.
                const sparseName = pax?.['GNU.sparse.name'] ?? (pax && Object.keys(pax).some((key) => key.startsWith('GNU.sparse.')) ? name : undefined);
                if (sparseName !== undefined)
                    yield unreadable(sparseName, SPARSE);
                else
                    yield { name, compressedSize: null, isolated: false, data: async () => entry };
            }
            else if (type === null && (size ?? 0) > 0) {
                // A type tar-stream does not know that holds data: GNU's old sparse files ('S'), multi-volume parts, vendor types.
                yield unreadable(name, 'its tar entry type is not one the gate reads (a GNU sparse file, a multi-volume part or a vendor extension)');
            }
            entry.resume(); // what was not read (links, directories, the above) is skipped
        }
    }
    finally {
        input.destroy();
    }
}
const SPARSE = 'it is stored sparse (`tar --sparse`), which the gate does not read: store it whole to have it judged';
function unreadable(name, reason) {
    return { name, compressedSize: null, isolated: true, unreadable: reason, data: () => Promise.reject(new Error(reason)) };
}

;// CONCATENATED MODULE: ./src/core/archives/compressed.ts
// gzip and zstd (node:zlib), xz (xz-decompress: xz-embedded built to WebAssembly, no native code): a
// compressed tar is read as a tar; anything else compressed is one member.








async function* compressedEntries(kind, input, containerName, maxRatio) {
    let compressed = 0;
    input.on('data', (chunk) => (compressed += chunk.length));
    const guard = new RatioGuard(() => compressed, maxRatio);
    const output = kind === 'xz' ? (0,external_node_stream_.pipeline)(xzDecoded(input), guard, () => { }) : (0,external_node_stream_.pipeline)(input, kind === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createZstdDecompress)(), guard, () => { });
    const reader = new ChunkReader(output);
    try {
        const head = await reader.peek(SNIFF_BYTES);
        const rest = external_node_stream_.Readable.from(reader.rest(), { objectMode: false });
        if (sniffContainer(head) === 'tar') {
            yield* tarEntries(rest);
        }
        else {
            yield { name: decompressedName(containerName), compressedSize: null, isolated: false, data: async () => rest };
        }
    }
    finally {
        output.destroy();
    }
}
/** `app.exe.gz` holds `app.exe`. */
function decompressedName(containerName) {
    const base = external_node_path_default().posix.basename(containerName);
    const stripped = base.replace(/\.(gz|gzip|zst|zstd|xz)$/i, '');
    return stripped === '' || stripped === base ? `${base} (decompressed)` : stripped;
}
/** What xz-embedded's return codes mean (xz.h), for the reason an xz stream was not read. */
const XZ_ERRORS = {
    '2': 'its integrity check is of a kind the decoder does not know',
    '3': 'the decoder ran out of memory',
    '4': 'it needs a dictionary larger than the 64 MiB the decoder allows (xz -9 uses 64 MiB)',
    '5': 'its stream header is not valid xz',
    '6': 'it uses filters or options the decoder does not support',
    '7': 'its compressed data is corrupt',
    '8': 'it is cut short or corrupt',
};
/**
 * The decompressed bytes of an xz stream. Its decoder holds one stream at a time in the whole process
 * (the walk never opens an xz inside an xz being read), with a dictionary of at most 64 MiB.
 */
function xzDecoded(input) {
    const decoded = external_node_stream_.Readable.fromWeb(new xz_decompress.XzReadableStream(external_node_stream_.Readable.toWeb(input)));
    decoded.once('error', (error) => {
        const code = /error code (\d+)$/.exec(error.message)?.[1];
        // The decoder reads past the end of a stream that stops between its chunks as a TypeError.
        error.message = code !== undefined ? (XZ_ERRORS[code] ?? `the decoder failed (code ${code})`) : error instanceof TypeError ? 'it is cut short' : error.message;
    });
    return decoded;
}
/** Ends the stream once it has expanded more than the ratio allows over what was read so far. */
class RatioGuard extends external_node_stream_.Transform {
    compressedBytes;
    maxRatio;
    expanded = 0;
    constructor(compressedBytes, maxRatio) {
        super();
        this.compressedBytes = compressedBytes;
        this.maxRatio = maxRatio;
    }
    _transform(chunk, _encoding, callback) {
        this.expanded += chunk.length;
        if (ratioExceeded(this.expanded, this.compressedBytes(), this.maxRatio))
            callback(ratioError(this.maxRatio));
        else
            callback(null, chunk);
    }
}
function ratioError(maxRatio) {
    return new Error(`it expands more than ${maxRatio} times its compressed size (archive-max-ratio): a compression bomb, or set a higher limit`);
}

;// CONCATENATED MODULE: ./src/core/archives/entries.ts
// The small interface every archive format is read through: a sequence of members, each read once,
// in order, as a stream of chunks. Nothing is written to disk.


/** Chunks the size the hashing threads read: few calls, little memory. */
const READ_CHUNK_BYTES = 1024 * 1024;
function sourceStream(source) {
    if ('buffer' in source)
        return new external_node_stream_.PassThrough().end(source.buffer);
    return (0,external_node_fs_.createReadStream)(source.file, { start: source.offset, highWaterMark: READ_CHUNK_BYTES });
}
/** A limit that ends the whole walk of an outer artifact (the total uncompressed bytes). */
class TotalLimitError extends Error {
    name = 'TotalLimitError';
}

;// CONCATENATED MODULE: ./src/core/archives/member-path.ts
/** The path shown for a container chain: `dist/app.zip!/lib/x.jar!/y.so`. */
function memberPath(chain) {
    return chain.join('!/');
}
/** The displayPath of the file on disk that holds the artifact: itself, or a member's outer archive. */
function outerPath(artifact) {
    return artifact.member?.chain[0] ?? artifact.displayPath;
}
/** One key per listed file, member or container in between: the file on disk and the path shown. */
function containerKey(absolutePath, displayPath) {
    return `${absolutePath}\0${displayPath}`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: ./src/core/archives/zip.ts
// zip and everything built on it (jar, war, ear, apk, aab, ipa, nupkg, whl, vsix, msix, appx; crx
// after its header), read by yauzl through the central directory: random access, entry by entry.




const OPTIONS = {
    lazyEntries: true,
    autoClose: false,
    // Names are only shown: decoded below without yauzl's refusal of `..` and absolute paths, which
    // would end the whole archive at the first such name.
    decodeStrings: false,
    validateEntrySizes: true, // a member whose declared size lies fails with the reason
};
async function* zipEntries(source, maxMembers) {
    const fd = 'file' in source ? await (0,external_node_util_.promisify)(external_node_fs_.open)(source.file, 'r') : null;
    try {
        yield* zipFileEntries('file' in source
            ? await yauzl.fromRandomAccessReaderPromise(new FileRangeReader(fd, source.offset), source.size - source.offset, OPTIONS)
            : await yauzl.fromBufferPromise(source.buffer, OPTIONS), maxMembers);
    }
    finally {
        if (fd !== null)
            await (0,external_node_util_.promisify)(external_node_fs_.close)(fd);
    }
}
async function* zipFileEntries(zip, maxMembers) {
    try {
        // The central directory says how many members there are: a zip bomb of tiny members is refused unread.
        if (zip.entryCount > maxMembers)
            throw new Error(`it lists ${zip.entryCount} members, more than archive-max-members (${maxMembers}); none were read`);
        for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
            const raw = entry.fileName;
            // A directory; one that holds data is read like any member (a loader may read it, so it is no hiding place).
            if (raw.at(-1) === 0x2f && entry.uncompressedSize === 0 && entry.compressedSize <= EMPTY_DEFLATE_BYTES)
                continue;
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
            const current = entry;
            yield {
                name,
                compressedSize: entry.compressedSize,
                declaredSize: entry.uncompressedSize,
                isolated: true,
                ...(entry.isEncrypted() ? { unreadable: 'it is encrypted' } : unsupportedMethod(entry.compressionMethod)),
                data: async () => sizeChecked((await zip.openReadStreamPromise(current))),
            };
        }
    }
    finally {
        zip.close();
    }
}
/** What yauzl inflates: stored (0) and deflated (8). The others zip allows, by name. */
const METHOD_NAMES = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'zstd', 95: 'xz', 98: 'PPMd' };
function unsupportedMethod(method) {
    if (method === 0 || method === 8)
        return null;
    return { unreadable: `it is compressed with ${METHOD_NAMES[method] ?? `method ${method}`}, which the gate does not read (only stored and deflated members)` };
}
/** An empty member deflated: what some tools store for a directory. */
const EMPTY_DEFLATE_BYTES = 2;
/** A member's data, its size mismatch (yauzl's validateEntrySizes) said as such. */
async function* sizeChecked(data) {
    try {
        yield* data;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/bytes in the stream/.test(message))
            throw new Error(`its data does not match the size it declares (${message.replace(/\.$/, '')})`, { cause: error });
        throw error;
    }
}
function nextEntry(zip) {
    return new Promise((resolve, reject) => {
        const settle = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        const onEntry = (entry) => (settle(), resolve(entry));
        const onEnd = () => (settle(), resolve(null));
        const onError = (error) => (settle(), reject(error));
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
    });
}
/**
 * Ranges of an open file, shifted by `offset`: one descriptor for the central directory and every member.
 * yauzl asks for each directory record and local header on its own: small ranges come from one cached
 * block (10,000 members took 3 s read one by one, a tenth of that so), large ones are streamed.
 */
class FileRangeReader extends yauzl.RandomAccessReader {
    fd;
    offset;
    /** The blocks read last, newest first: one under the central directory, one under the members it names. */
    blocks = [];
    constructor(fd, offset) {
        super();
        this.fd = fd;
        this.offset = offset;
    }
    _readStreamForRange(start, end) {
        const { fd } = this;
        let position = this.offset + start;
        const stop = this.offset + end;
        if (stop - position <= SMALL_RANGE_BYTES)
            return new external_node_stream_.PassThrough().end(this.cached(position, stop));
        return new external_node_stream_.Readable({
            read() {
                const length = Math.min(RANGE_CHUNK_BYTES, stop - position);
                if (length <= 0)
                    return void this.push(null);
                const buffer = Buffer.allocUnsafe(length);
                (0,external_node_fs_.read)(fd, buffer, 0, length, position, (error, bytesRead) => {
                    if (error)
                        return this.destroy(error);
                    if (bytesRead === 0)
                        return this.destroy(new Error('the file ended before the range its zip directory names'));
                    position += bytesRead;
                    this.push(buffer.subarray(0, bytesRead));
                });
            },
        });
    }
    /** The directory records and local headers: copied from the cached block, without a stream each. */
    read(buffer, offset, length, position, callback) {
        if (length > SMALL_RANGE_BYTES)
            return super.read(buffer, offset, length, position, callback);
        let error = null;
        try {
            const bytes = this.cached(this.offset + position, this.offset + position + length);
            if (bytes.length < length)
                throw new Error('the file ended before the range its zip directory names');
            bytes.copy(buffer, offset);
        }
        catch (caught) {
            error = caught;
        }
        setImmediate(() => callback(error));
    }
    /** Bytes from `from` to `to` (at most SMALL_RANGE_BYTES), through the cached block. */
    cached(from, to) {
        let block = this.blocks.find(({ start, bytes }) => from >= start && to <= start + bytes.length);
        if (!block) {
            const bytes = Buffer.allocUnsafe(BLOCK_BYTES);
            // Synchronous: a block of a file hashed a moment ago, not worth a thread hop per header.
            block = { start: from, bytes: bytes.subarray(0, (0,external_node_fs_.readSync)(this.fd, bytes, 0, BLOCK_BYTES, from)) };
        }
        this.blocks = [block, ...this.blocks.filter((other) => other !== block)].slice(0, 2);
        return block.bytes.subarray(from - block.start, to - block.start);
    }
}
const RANGE_CHUNK_BYTES = 1024 * 1024;
const SMALL_RANGE_BYTES = 64 * 1024;
const BLOCK_BYTES = 1024 * 1024;
/** Where a crx's zip starts: after "Cr24", its version, and the header that version has. */
function crxZipOffset(head) {
    if (head.length < 16)
        return null;
    const bytes = Buffer.from(head.buffer, head.byteOffset, head.length);
    const version = bytes.readUInt32LE(4);
    if (version === 3)
        return 12 + bytes.readUInt32LE(8);
    if (version === 2)
        return 16 + bytes.readUInt32LE(8) + bytes.readUInt32LE(12);
    return null;
}

;// CONCATENATED MODULE: ./src/core/archives/walk.ts
// Opens an artifact that is an archive and reads every member once, in order: each through SHA-256,
// sniffed by its first bytes, and opened in turn when it is an archive itself (to the depth limit).
// Nothing is written to disk; a nested archive is held in memory only up to its cap.









const KIND_NAMES = { zip: 'zip', crx: 'crx', tar: 'tar', gzip: 'gzip', zstd: 'zstd', xz: 'xz', ar: 'ar' };
/**
 * The members of `artifact` when its first bytes say it is an archive; null when they do not. Its own
 * `sha256` may still be being computed (a quine is told by it).
 */
async function openArchive(artifact, head, sha256, options) {
    const kind = sniffContainer(head);
    if (options.members === 'none' || kind === null)
        return null;
    const walk = new Walk(artifact, sha256, options);
    const source = { file: artifact.rawPath ?? artifact.absolutePath, size: artifact.size, offset: 0 };
    let unscanned;
    try {
        unscanned = await walk.archive(kind, source, head, [], [], 1);
    }
    catch (error) {
        if (!(error instanceof TotalLimitError))
            throw error;
        unscanned = error.message;
    }
    return { unscanned, members: walk.members };
}
class Walk {
    members = [];
    outer;
    /** The outer file's hash; '' when hashing it failed (then this walk's result is dropped anyway). */
    outerHash;
    options;
    totalBytes = 0;
    /** xz streams being read: the decoder reads one at a time, so an xz inside one would wait for it for ever. */
    xzOpen = 0;
    constructor(outer, outerHash, options) {
        this.outer = outer;
        this.outerHash = Promise.resolve(outerHash).catch(() => '');
        this.options = options;
    }
    /** Reads one archive; returns why it was not opened fully, or null. */
    async archive(kind, source, head, names, ancestors, depth) {
        const { maxMembers } = this.options.limits;
        if (kind === 'xz' && this.xzOpen > 0)
            return 'it is xz inside an xz stream being read, and the xz decoder reads one stream at a time; not opened';
        if (kind === 'xz')
            this.xzOpen++;
        let count = 0;
        try {
            for await (const entry of this.entries(kind, source, head, names)) {
                if (++count > maxMembers)
                    return `it has more than ${maxMembers} members (archive-max-members); the rest were not read`;
                // Nesting multiplies members (10,000 archives of 10,000): one file's, every level together, are bounded too.
                if (this.members.length >= maxMembers * MEMBERS_IN_ALL_FACTOR) {
                    throw new TotalLimitError(`more than ${maxMembers * MEMBERS_IN_ALL_FACTOR} members in all levels (${MEMBERS_IN_ALL_FACTOR} × archive-max-members); the rest were not read`);
                }
                await this.member(entry, [...names, shownName(entry.name)], ancestors, depth);
            }
            return null;
        }
        catch (error) {
            if (error instanceof TotalLimitError)
                throw error;
            return `it could not be read as ${KIND_NAMES[kind]}: ${describe(error)}`;
        }
        finally {
            if (kind === 'xz')
                this.xzOpen--;
        }
    }
    entries(kind, source, head, names) {
        const { maxMembers, maxRatio } = this.options.limits;
        switch (kind) {
            case 'zip':
                return zipEntries(source, maxMembers);
            case 'crx': {
                const offset = crxZipOffset(head);
                if (offset === null)
                    return failing('its crx header is not version 2 or 3');
                if (offset >= ('buffer' in source ? source.buffer.length : source.size))
                    return failing(`its header says its zip starts at byte ${offset}, past the end of the file`);
                return zipEntries('buffer' in source ? { buffer: source.buffer.subarray(offset) } : { ...source, offset }, maxMembers);
            }
            case 'tar':
                return tarEntries(sourceStream(source));
            case 'ar':
                return arEntries(sourceStream(source));
            case 'gzip':
            case 'zstd':
            case 'xz':
                return compressedEntries(kind, sourceStream(source), names.at(-1) ?? this.outer.displayPath, maxRatio);
        }
    }
    async member(entry, names, ancestors, depth) {
        const artifact = memberArtifact(this.outer, names);
        // Looked up whatever it holds, but never passed as scanned: unpacking it would write outside the target directory.
        const escapes = leavesArchive(entry.name) ? `its name leads out of the archive (\`..\` or an absolute path): unpacking it would write outside the target directory` : null;
        const unscanned = (...reasons) => {
            const said = [escapes, ...reasons].filter((reason) => reason !== null);
            if (said.length > 0)
                artifact.unscanned = said.join('; ');
        };
        if (entry.unreadable) {
            unscanned(entry.unreadable);
            this.members.push({ artifact, sha256: null });
            return;
        }
        let read;
        try {
            read = await this.read(entry, depth);
        }
        catch (error) {
            // In a stream, what follows a member that could not be read cannot be found: the archive ends.
            if (error instanceof TotalLimitError || !entry.isolated)
                throw error;
            unscanned(describe(error));
            this.members.push({ artifact, sha256: null });
            return;
        }
        artifact.size = read.size;
        const kind = sniffContainer(read.head);
        if (!(this.options.members === 'all' || kind !== null || escapes !== null || isNativeBinary(read.head)))
            return;
        this.members.push({ artifact, sha256: read.sha256 });
        if (kind === null) {
            unscanned();
            return;
        }
        const { maxDepth, maxNestedBytes } = this.options.limits;
        if (read.sha256 === (await this.outerHash) || ancestors.includes(read.sha256))
            unscanned('it contains itself (a quine); not opened again');
        else if (depth >= maxDepth)
            unscanned(`it is nested deeper than archive-max-depth (${maxDepth}); not opened`);
        else if (read.bytes === null)
            unscanned(`it is larger than archive-max-nested-mib (${maxNestedBytes / 1024 / 1024} MiB), the most held in memory to open a nested archive; not opened`);
        else
            unscanned(await this.archive(kind, { buffer: read.bytes }, read.head, names, [...ancestors, read.sha256], depth + 1));
    }
    /** Streams a member through SHA-256, within the limits; keeps it whole only when it is an archive to open. */
    async read(entry, depth) {
        const { maxMemberBytes, maxTotalBytes, maxRatio, maxNestedBytes, maxDepth } = this.options.limits;
        // What a zip declares is checked first (a lie is caught while reading): a bomb costs no inflating.
        if (entry.declaredSize !== undefined) {
            if (entry.declaredSize > maxMemberBytes)
                throw memberTooLarge(maxMemberBytes);
            if (entry.compressedSize !== null && ratioExceeded(entry.declaredSize, entry.compressedSize, maxRatio))
                throw ratioError(maxRatio);
        }
        const digest = (0,external_node_crypto_.createHash)('sha256');
        const kept = [];
        let size = 0;
        let head = null;
        let keep = true; // until the head says whether this is an archive to open
        for await (const chunk of await entry.data()) {
            size += chunk.length;
            this.totalBytes += chunk.length;
            if (this.totalBytes > maxTotalBytes) {
                throw new TotalLimitError(`more than archive-max-total-mib (${maxTotalBytes / 1024 / 1024} MiB) uncompressed in all; the rest was not read`);
            }
            if (size > maxMemberBytes)
                throw memberTooLarge(maxMemberBytes);
            if (entry.compressedSize !== null && ratioExceeded(size, entry.compressedSize, maxRatio))
                throw ratioError(maxRatio);
            digest.update(chunk);
            if (!keep)
                continue;
            kept.push(chunk);
            if (head === null && size >= SNIFF_BYTES) {
                head = Buffer.concat(kept).subarray(0, SNIFF_BYTES);
                keep = sniffContainer(head) !== null && depth < maxDepth;
            }
            if (size > maxNestedBytes)
                keep = false;
            if (!keep)
                kept.length = 0;
        }
        const whole = keep ? Buffer.concat(kept) : null;
        return { sha256: digest.digest('hex'), size, head: head ?? whole ?? Buffer.alloc(0), bytes: whole };
    }
}
function memberTooLarge(maxMemberBytes) {
    return new Error(`it is larger than archive-max-member-mib (${maxMemberBytes / 1024 / 1024} MiB)`);
}
/** How many times archive-max-members one file's members may number, every nested level together. */
const MEMBERS_IN_ALL_FACTOR = 10;
/** Longer member names are cut where shown: a tar's can run to megabytes, every log line and annotation repeating it. */
const MAX_NAME_CHARS = 1024;
/** The name as shown: cut past MAX_NAME_CHARS, saying how much was left out (never splitting a surrogate pair). */
function shownName(name) {
    if (name.length <= MAX_NAME_CHARS)
        return name;
    const end = /[\ud800-\udbff]/.test(name[MAX_NAME_CHARS - 1]) ? MAX_NAME_CHARS - 1 : MAX_NAME_CHARS;
    return `${name.slice(0, end)}… (${name.length - end} more characters)`;
}
/** A member as an artifact: shown as `outer!/member!/inner`, pointing at the outer file. */
function memberArtifact(outer, names) {
    const chain = [outer.displayPath, ...names];
    return {
        absolutePath: outer.absolutePath,
        ...(outer.rawPath && { rawPath: outer.rawPath }),
        displayPath: memberPath(chain),
        inWorkspace: outer.inWorkspace,
        size: 0,
        member: { chain },
    };
}
/** A `..` segment or an absolute path (`/x`, `C:\\x`, `\\\\server\\x`): what unpacks outside its target directory. */
function leavesArchive(name) {
    return /^([\\/]|[A-Za-z]:)/.test(name) || name.split(/[\\/]/).includes('..');
}
/** An archive whose first member already fails: what a header that cannot be read gives. */
function failing(reason) {
    return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error(reason)) }) };
}
function describe(error) {
    return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/core/concurrency.ts
// Small concurrency primitives shared by the stages.
/**
 * Maps items with at most `limit` calls of `fn` in flight; results keep the input order. After a call
 * fails, no new one starts, and the first failure is thrown once those in flight have ended.
 */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (next < items.length && !failed) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
    const failure = settled.find((outcome) => outcome.status === 'rejected');
    if (failure)
        throw failure.reason;
    return results;
}
/** Runs at most `limit` tasks at once; the others wait in arrival order. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        if (this.active < this.limit)
            this.active++;
        else
            await new Promise((resolve) => this.waiting.push(resolve)); // the releaser hands its slot over
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/core/hash-worker.js
// A hashing thread. Plain JavaScript, loaded as is by `new Worker()` from src/ in tests and copied
// next to the bundle by ncc. Synchronous reads run on this thread itself, not on libuv's shared
// pool, so each worker is one independent read-and-hash lane: big files hash on every core at once.
// The main thread imports `hashFile` too: it hashes small files while the workers start.




// Measured (npm run bench): 64 KiB to 4 MiB chunks hash 512 MiB within noise of each other and of
// `openssl dgst`; the time is SHA-256 itself, not the reads. 1 MiB keeps the read calls few.
const CHUNK_BYTES = 1024 * 1024;
/** The first bytes sent back with the hash, to recognise archives by (src/core/archives/sniff.ts). */
const HEAD_BYTES = 512;
/** One buffer for the thread's whole life (made on first use): files are hashed one at a time. */
let buffer;

// Only in a thread the pool started: imported anywhere else (the main thread, or a thread of a test
// runner), this module only lends `hashFile`.
const HASH_WORKER = 'artifact-reputation-gate/hash-worker';
if (external_node_worker_threads_.workerData === HASH_WORKER && external_node_worker_threads_.parentPort) {
  // A batch of paths in, their answers out in the same order (src/core/hashing.ts). earlyHeads[i]: the
  // first bytes of file i are sent as soon as they are read, so an archive can be opened while it is hashed.
  external_node_worker_threads_.parentPort.on('message', ({ id, paths, earlyHeads }) => {
    const answers = paths.map((path, index) => hashFile(path, earlyHeads?.[index] ? (head) => external_node_worker_threads_.parentPort.postMessage({ id, index, head }) : undefined));
    external_node_worker_threads_.parentPort.postMessage({ id, answers });
  });
  external_node_worker_threads_.parentPort.postMessage({ ready: true });
}

/**
 * Hashes one file with synchronous reads. Over `maxBytes` (by its size when opened) it is not read:
 * `{ tooBig: true }`, for the caller to hand it to a worker.
 * @param {string | Buffer} path
 * @param {((head: Uint8Array) => void) | undefined} onHead
 * @param {number} [maxBytes]
 * @returns {{ sha256: string, size: number, head: Uint8Array } | { error: string, special?: string } | { tooBig: true }}
 */
function hashFile(path, onHead, maxBytes = Infinity) {
  buffer ??= Buffer.allocUnsafe(CHUNK_BYTES);
  let fd;
  try {
    // Non-blocking, so a FIFO that replaced the file since listing cannot block this thread.
    fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
  } catch (error) {
    const special = error.code === 'ENXIO' ? specialType(path) : undefined; // a socket cannot be opened
    return special ? { error: 'not a regular file', special } : { error: `cannot open the file: ${hash_worker_describe(error)}` };
  }
  try {
    const info = (0,external_node_fs_.fstatSync)(fd);
    if (!info.isFile()) return { error: 'not a regular file', special: specialType(path) ?? 'special file' };
    if (info.size > maxBytes) return { tooBig: true };
    const digest = (0,external_node_crypto_.createHash)('sha256');
    let total = 0;
    let head;
    // Read to a zero-byte read: on network and FUSE file systems a short read is not the end.
    for (let bytesRead; (bytesRead = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK_BYTES, null)) > 0; total += bytesRead) {
      digest.update(buffer.subarray(0, bytesRead));
      if (head === undefined) {
        // A copy in its own small ArrayBuffer: the buffer is reused, and a Buffer from the pool would
        // carry its whole 8 KiB slab across to the main thread.
        head = new Uint8Array(buffer.subarray(0, Math.min(bytesRead, HEAD_BYTES)));
        onHead?.(head);
      }
    }
    // A file written while it was hashed has no single hash: judging a mix would be a silent miss.
    if (total !== info.size) return { error: `the file changed while it was hashed (${info.size} bytes listed, ${total} read)` };
    return { sha256: digest.digest('hex'), size: info.size, head: head ?? new Uint8Array(0) };
  } catch (error) {
    return { error: `cannot read the file: ${hash_worker_describe(error)}` };
  } finally {
    (0,external_node_fs_.closeSync)(fd);
  }
}

function specialType(path) {
  try {
    const info = (0,external_node_fs_.statSync)(path);
    if (info.isFIFO()) return 'FIFO';
    if (info.isSocket()) return 'socket';
    if (info.isCharacterDevice()) return 'character device';
    if (info.isBlockDevice()) return 'block device';
    if (info.isDirectory()) return 'directory';
  } catch {
    // gone again: let the caller's generic message stand
  }
  return undefined;
}

function hash_worker_describe(error) {
  if (error.code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (error.code === 'EACCES' || error.code === 'EPERM') return `permission denied (${error.code})`;
  return error.code ?? error.message;
}

;// CONCATENATED MODULE: ./src/core/hashing.ts
// Stage 2: streamed SHA-256s on a pool of worker threads (src/core/hash-worker.js), one per core.
// Each file is read in 1 MiB chunks into the worker's one buffer and never held whole in memory.
//
// Why not hasha: hasha 7's hashFile sends every file to one shared worker thread, so two big
// artifacts hash one after the other on one core, and its hashing stream runs on the main thread,
// where it competes with the HTTP lookups. node:crypto in our own pool uses every core.



class FileReadError extends Error {
    name = 'FileReadError';
    /** Set when the path is not a regular file (FIFO, socket, device): it was never read. */
    special;
    constructor(message, special) {
        super(message);
        this.special = special;
    }
}
/**
 * Files per message to a worker. One message per file cost a cross-thread message and a wake-up per
 * file on the main thread, beside the HTTP lookups; 32 at a time make that cost small per file.
 */
const BATCH_FILES = 32;
/**
 * Batches queued per worker: one being hashed and one waiting, so a worker never runs dry between
 * answers. The price: a big file holds up the small ones of its batch (and of the batch behind it);
 * they are hashed right after it, while the other workers take everything else.
 */
const BATCHES_PER_WORKER = 2;
/** More workers than this only add isolates: hashing is bound by the disk long before 8 cores. */
const MAX_WORKERS = 8;
/**
 * A worker takes 40–150 ms to start (an isolate, then node:crypto), while the main thread has nothing
 * to do but wait for the first hashes. It hashes files up to this size itself meanwhile, one per
 * turn of the event loop, so the first lookups go out at once; a bigger one goes to a worker at once.
 */
const MAIN_THREAD_MAX_BYTES = 256 * 1024;
class HashPool {
    size;
    lanes = [];
    /** Files asked for and not yet sent: sent when a batch is full, or once the current job ends. */
    queued = [];
    nextId = 0;
    closing = false;
    hashingHere = false;
    /** Files the main thread hashed while the workers started (for the debug log). */
    hashedHere = 0;
    constructor(size = Math.min(external_node_os_default().availableParallelism(), MAX_WORKERS)) {
        this.size = Math.max(1, size);
    }
    /** How many files to hand the pool at once to keep every worker busy. */
    get capacity() {
        return this.size * BATCHES_PER_WORKER * BATCH_FILES;
    }
    /**
     * Hashes one file; a Buffer path is taken byte for byte (a name that is not UTF-8). `onHead`, when
     * given, hears the file's first bytes as soon as they are read, long before a big file's hash.
     */
    hash(path, onHead) {
        return new Promise((resolve, reject) => {
            this.queued.push({ path, resolve, reject, onHead });
            if (this.queued.length >= BATCH_FILES)
                this.send();
            else if (this.queued.length === 1)
                queueMicrotask(() => this.send()); // a batch not filled goes out anyway
        });
    }
    send() {
        if (this.queued.length === 0)
            return;
        const lane = this.leastBusyLane(true);
        if (!lane) {
            this.hashHere();
            return;
        }
        this.post(lane, this.queued.splice(0, BATCH_FILES));
    }
    /** Hands `batch` to `lane`'s worker; one that has not started yet reads it once it has. */
    post(lane, batch) {
        const id = this.nextId++;
        lane.pending.set(id, batch);
        lane.worker.postMessage({
            id,
            paths: batch.map((waiting) => waiting.path),
            earlyHeads: batch.map((waiting) => waiting.onHead !== undefined),
        });
    }
    /**
     * Ends the workers; a scan must call it, or they keep the process alive. Not waited for: a thread
     * takes 10–20 ms to stop, which the reports need not wait for, and an unreferenced one holds nothing.
     */
    close() {
        this.closing = true;
        for (const { worker } of this.lanes) {
            worker.unref();
            void worker.terminate();
        }
        this.lanes.length = 0;
    }
    /**
     * The worker with the fewest batches (`started`: of those that have started; none while none has).
     * Workers start on first use, all at once, so a run that matches no file starts none.
     */
    leastBusyLane(started) {
        while (this.lanes.length < this.size)
            this.startWorker();
        return this.lanes.reduce((best, lane) => ((lane.ready || !started) && (!best || lane.pending.size < best.pending.size) ? lane : best), undefined);
    }
    startWorker() {
        const lane = { worker: new external_node_worker_threads_.Worker(__nccwpck_require__.ab + "hash-worker.js", { workerData: HASH_WORKER }), pending: new Map(), ready: false };
        lane.worker.on('message', (answer) => this.settle(lane, answer));
        lane.worker.on('error', (error) => this.retire(lane, `the hashing thread failed: ${error.message}`));
        lane.worker.on('exit', (code) => this.retire(lane, `the hashing thread stopped (exit code ${code})`));
        this.lanes.push(lane);
    }
    /** Hashes queued files on the main thread, one per turn of the event loop, until a worker has started. */
    hashHere() {
        if (this.hashingHere)
            return;
        this.hashingHere = true;
        const next = () => {
            const waiting = this.lanes.some((lane) => lane.ready) || this.closing ? undefined : this.queued.shift();
            if (!waiting) {
                this.hashingHere = false;
                return;
            }
            const answer = hashFile(waiting.path, waiting.onHead, MAIN_THREAD_MAX_BYTES);
            // A big file goes to a worker at once, each to the least busy one, so two big files hash on two cores.
            if ('tooBig' in answer)
                this.post(this.leastBusyLane(false), [waiting]);
            else {
                this.hashedHere++;
                deliver(waiting, answer);
            }
            setImmediate(next); // the answers' lookups go out between files
        };
        next();
    }
    settle(lane, answer) {
        if ('ready' in answer) {
            lane.ready = true;
            while (this.queued.length > 0)
                this.send(); // what the main thread did not get to
            return;
        }
        const batch = lane.pending.get(answer.id);
        if ('index' in answer)
            return batch?.[answer.index]?.onHead?.(answer.head); // a file's first bytes, early
        lane.pending.delete(answer.id);
        for (const [i, waiting] of (batch ?? []).entries())
            deliver(waiting, answer.answers[i]);
    }
    /**
     * A worker that died takes only its own batches down, each file an error for that artifact; the
     * next batch starts a fresh worker.
     */
    retire(lane, reason) {
        const index = this.lanes.indexOf(lane);
        if (index !== -1)
            this.lanes.splice(index, 1);
        if (this.closing)
            return;
        for (const batch of lane.pending.values())
            for (const { reject } of batch)
                reject(new FileReadError(reason));
        lane.pending.clear();
    }
}
function deliver(waiting, answer) {
    if ('error' in answer)
        waiting.reject(new FileReadError(answer.error, answer.special));
    else
        waiting.resolve({ sha256: answer.sha256, size: answer.size, head: answer.head });
}

;// CONCATENATED MODULE: ./src/core/lookup-queue.ts
// Unique hashes waiting for their lookup, served by a fixed number of loops. A scan of 100,000 files
// then holds 100,000 strings in an array, not 100,000 suspended calls (a promise and a chain of
// async frames each, about 0.8 KiB) waiting for a concurrency slot.
class LookupQueue {
    serve;
    workers;
    /** Keys in the order added; those before `next` have been handed to `serve`. */
    waiting = [];
    next = 0;
    /** Each key added, with its answer once it has one. */
    answers = new Map();
    running = new Set();
    /** What a `serve` threw, said by settled(). */
    failure = null;
    /**
     * @param serve asked once per key; should not throw (a throw ends that loop and is thrown by settled()).
     * @param workers keys served at once; Infinity serves each key as soon as it is added.
     */
    constructor(serve, workers) {
        this.serve = serve;
        this.workers = Math.max(1, workers);
    }
    /** Queues a key, once: adding it again changes nothing. */
    add(key) {
        if (this.answers.has(key))
            return;
        this.answers.set(key, undefined);
        this.waiting.push(key);
        if (this.running.size < this.workers)
            this.startLoop();
    }
    /** Keys added and not yet handed to `serve`. */
    get queued() {
        return this.waiting.length - this.next;
    }
    /** Keys added so far. */
    get size() {
        return this.answers.size;
    }
    /** Answers at once the waiting keys `answer` knows (returns non-null for), e.g. from a cache: they are not served. */
    answerWaiting(answer) {
        const still = [];
        for (let i = this.next; i < this.waiting.length; i++) {
            const key = this.waiting[i];
            const known = answer(key);
            if (known === null)
                still.push(key);
            else
                this.answers.set(key, known);
        }
        [this.waiting, this.next] = [still, 0];
    }
    /** Every key's answer, once all keys added so far (and any added meanwhile) are answered. */
    async settled() {
        while (this.running.size > 0)
            await Promise.all(this.running);
        if (this.failure)
            throw this.failure.error;
        return this.answers;
    }
    /**
     * Forgets every key and answer, once whoever asked has read them: a scan's watcher may hold the
     * queue after the scan, and 100,000 answers need not stay alive with it.
     */
    clear() {
        this.answers.clear();
        [this.waiting, this.next] = [[], 0];
    }
    startLoop() {
        const loop = this.drain()
            .catch((error) => void (this.failure ??= { error }))
            .finally(() => this.running.delete(loop));
        this.running.add(loop);
    }
    async drain() {
        while (this.next < this.waiting.length) {
            const key = this.waiting[this.next++];
            // Served keys are dropped now and then, so the array holds only what still waits.
            if (this.next >= 4096 && this.next * 2 >= this.waiting.length)
                [this.waiting, this.next] = [this.waiting.slice(this.next), 0];
            this.answers.set(key, await this.serve(key));
        }
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./src/core/bytes.ts
// Names as bytes: a path that is not valid UTF-8 shown so people can read it and tell it apart.

/**
 * A path's bytes as text people can read: valid UTF-8 as itself, each byte that is not as `\xNN`,
 * so two names that differ only there are shown apart.
 */
function showBytes(bytes) {
    if ((0,external_node_buffer_.isUtf8)(bytes))
        return bytes.toString();
    let shown = '';
    for (let i = 0; i < bytes.length;) {
        const length = sequenceLength(bytes, i);
        if (length > 0) {
            shown += bytes.subarray(i, i + length).toString();
            i += length;
        }
        else {
            shown += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
            i++;
        }
    }
    return shown;
}
/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes, i) {
    for (let length = 1; length <= 4 && i + length <= bytes.length; length++) {
        if ((0,external_node_buffer_.isUtf8)(bytes.subarray(i, i + length)))
            return length;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/listing.ts
// Stage 1: glob patterns to a sorted, de-duplicated list of the files to judge. Matching the patterns
// against the tree is a port (Glob); both front doors pass the walk in src/core/walk.ts.




/** What stat() calls at once while listing; enough to hide disk latency, few enough to keep fds low. */
const STAT_CONCURRENCY = 16;
async function findArtifacts(patterns, workspace, glob) {
    const { paths: candidates, followsLinks, brokenLinks, kinds } = await glob(patterns);
    const skipped = [];
    const listed = kinds ? examinedArtifacts(candidates, kinds, workspace) : await statEach(candidates, workspace, followsLinks, skipped);
    // A set of every path only when there is a broken link to look up in it: most trees have none.
    if (brokenLinks.length > 0) {
        const found = new Set(candidates.filter((candidate) => typeof candidate === 'string'));
        for (const link of brokenLinks.filter((link) => !found.has(link))) {
            skipped.push({ path: describePath(link, workspace).displayPath, reason: 'broken symbolic link' });
        }
    }
    const artifacts = kinds ? listed : listed.filter((artifact) => artifact !== null);
    artifacts.sort(byDisplayPath);
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { artifacts, skipped };
}
function byDisplayPath(a, b) {
    return a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0;
}
/** Artifacts from what the glob found; each size is known once the file is hashed. */
function examinedArtifacts(candidates, kinds, workspace) {
    // The walk's paths are normalized: one below the workspace is shown by slicing, without path.relative each time.
    const below = (external_node_path_default()).sep === '/' && external_node_path_default().resolve(workspace) !== '/' ? `${external_node_path_default().resolve(workspace)}/` : null;
    const artifacts = [];
    for (let i = 0; i < candidates.length; i++) {
        const candidate = candidates[i];
        // One literal for the common case (a plain file in the workspace): no spread, one object shape.
        const artifact = below !== null && typeof candidate === 'string' && candidate.length > below.length && candidate.startsWith(below)
            ? { absolutePath: candidate, displayPath: candidate.slice(below.length), inWorkspace: true, size: 0 }
            : { ...named(candidate, workspace), size: 0 };
        const kind = kinds[i];
        if (kind !== 'file') {
            if ('special' in kind)
                artifact.special = kind.special;
            else
                artifact.statError = kind.error;
        }
        artifacts.push(artifact);
    }
    return artifacts;
}
/** A name that is not UTF-8 is examined by its bytes and shown with them escaped. */
function named(candidate, workspace) {
    const absolutePath = typeof candidate === 'string' ? candidate : showBytes(candidate);
    const rawPath = typeof candidate === 'string' ? undefined : { rawPath: candidate };
    return { absolutePath, ...rawPath, ...describePath(absolutePath, workspace) };
}
/** For a glob that gives bare paths: a stat of each, to tell files from directories, links and the rest. */
function statEach(candidates, workspace, followsLinks, skipped) {
    return mapConcurrent(candidates, STAT_CONCURRENCY, async (candidate) => {
        const name = named(candidate, workspace);
        const { displayPath } = name;
        let info;
        try {
            info = await (0,promises_namespaceObject.stat)(candidate);
        }
        catch (error) {
            if (error.code === 'ENOENT' && (await isLink(candidate))) {
                skipped.push({ path: displayPath, reason: 'broken symbolic link' });
                return null;
            }
            // Matched but gone or unreachable since globbing (or a link loop): judged as an error, never dropped.
            return { ...name, size: 0, statError: describeStatError(error) };
        }
        if (info.isDirectory()) {
            // Directories are walked by the globber, not judged; a link to one is walked only when links are followed.
            if (!followsLinks && (await isLink(candidate)))
                skipped.push({ path: displayPath, reason: 'symbolic link to a directory, not walked' });
            return null;
        }
        const special = info.isFile() ? undefined : specialFileType(info);
        return { ...name, size: info.isFile() ? info.size : 0, ...(special && { special }) };
    });
}
function isLink(file) {
    return (0,promises_namespaceObject.lstat)(file).then((info) => info.isSymbolicLink(), () => false);
}
/** The path people read: relative to the workspace with forward slashes, or absolute outside it. */
function describePath(absolutePath, workspace) {
    const relative = external_node_path_default().relative(workspace, absolutePath);
    const inWorkspace = relative !== '' && relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative);
    return { displayPath: (inWorkspace ? relative : absolutePath).split((external_node_path_default()).sep).join('/'), inWorkspace };
}
function describeStatError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'it no longer exists (ENOENT)';
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied (${code})`;
    return code ?? String(error);
}
function specialFileType(info) {
    if (info.isFIFO())
        return 'FIFO';
    if (info.isSocket())
        return 'socket';
    if (info.isCharacterDevice())
        return 'character device';
    if (info.isBlockDevice())
        return 'block device';
    return 'special file';
}

;// CONCATENATED MODULE: ./src/core/reputation/lookups.ts
// Lookups for many hashes through one client, as fast as the key allows and no faster: bounded
// concurrency, a shared request window, retries with backoff, a shared pause on 429, and a stop
// for the whole scan the moment the service refuses the key, has spent its quota, or proves not to
// serve file reports at all.


/** The EICAR anti-virus test file's SHA-256: every real file-report service knows it. */
const EICAR_SHA256 = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f';
function isFailure(outcome) {
    return outcome.kind === 'error';
}
const MINUTE_MS = 60_000;
/**
 * The service counts requests by when they arrive, and arrival times jitter with the network: a
 * window one second longer than the minute keeps a (limit + 1)th request out of any minute it sees.
 */
const PACING_WINDOW_MS = MINUTE_MS + 1_000;
class Lookups {
    client;
    options;
    slots;
    window;
    /** Set by the first 401/403, or by stop(): every later lookup fails with it, and sends nothing. */
    stopError = null;
    /** Aborted with stopError, so lookups waiting for the window, a pause or a backoff end at once. */
    stopped = new AbortController();
    /** Every lookup waits until then after a 429: the quota is shared, so is the pause. */
    pausedUntil = 0;
    /** Requests sent when the current pause was set: a 429 to one of them belongs to the same burst. */
    sentBeforePause = 0;
    consecutiveQuotaPauses = 0;
    /** When the first of the current run of 429s came (no other answer since); null when not refused. */
    quotaRefusedSince = null;
    /** Whether the endpoint serves file reports, proven once per run (single flight) when a 404 does not name its hash. */
    endpointProof = null;
    counts = { requested: 0, done: 0, errors: 0, inFlight: 0, requests: 0 };
    /** Uploads and polls still expected (expectRequests), counted in the estimate. */
    expectedExtra = 0;
    constructor(client, options) {
        this.client = client;
        this.options = {
            windowMs: PACING_WINDOW_MS,
            transientBackoffMs: { initial: 1_000, max: 30_000 },
            quotaBackoffMs: { initial: 15_000, max: 60_000 },
            maxRetryAfterMs: 5 * MINUTE_MS,
            quotaHint: 'Set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
            ...options,
        };
        this.slots = new Semaphore(options.concurrency);
        this.window = options.requestsPerWindow > 0 ? new SlidingWindow(options.requestsPerWindow, this.options.windowMs) : null;
    }
    /** Looks a hash up, retrying what may pass. Never throws. */
    async lookup(sha256) {
        return this.schedule(() => this.client.lookup(sha256));
    }
    /** Looks a URL up, in the same slots, window, pauses and stops as the hashes. Never throws. */
    async lookupUrl({ url, display }) {
        const { client } = this;
        if (!client.lookupUrl)
            throw new Error('this client does not look URLs up');
        return this.schedule(() => client.lookupUrl(url, display));
    }
    async schedule(attempt) {
        this.counts.requested++;
        const outcome = await this.slots.run(async () => {
            this.counts.inFlight++;
            try {
                const answer = await this.withRetries(attempt);
                return answer.kind === 'unproven-unknown' ? await this.unknownIfEndpointProven(answer) : answer;
            }
            finally {
                this.counts.inFlight--;
            }
        });
        this.counts.done++;
        if (outcome.kind === 'error')
            this.counts.errors++;
        return outcome;
    }
    /**
     * A 404 NotFoundError that does not name its hash is what a wrong `api-url` answers for every path:
     * it counts as unknown only once the endpoint has shown it serves file reports (the EICAR report).
     * Otherwise the scan stops, and the error fails the gate whatever `on-error` says.
     */
    async unknownIfEndpointProven(answer) {
        this.endpointProof ??= this.proveEndpoint(answer);
        if (await this.endpointProof)
            return { kind: 'unknown' };
        return { kind: 'error', error: this.stopError };
    }
    async proveEndpoint(first) {
        // One probe for files and URLs alike: a wrong api-url answers the same for both, and the EICAR file report is the one every service has.
        const probe = await this.withRetries(() => this.client.lookup(EICAR_SHA256));
        if (probe.kind === 'found')
            return true;
        if (this.stopError)
            return false; // the probe itself ended the scan (a refused key, say)
        const aboutUrl = first.url.includes('/urls/');
        const eicarUrl = first.url.replace(/\/(files\/[0-9a-f]+|urls\/.*)$/i, `/files/${EICAR_SHA256}`); // the hash as asked: SHA-256, SHA-1 or MD5
        const probeSaid = probe.kind === 'unproven-unknown' ? `answered the same (${probe.said})` : probe.kind === 'unknown' ? 'answered that it does not know it' : `failed (${probe.error.message.replace(/\.$/, '')})`;
        this.halt({
            kind: 'protocol',
            status: 404,
            alwaysFails: true,
            message: `The \`api-url\` does not serve file reports: GET ${first.url} answered ${first.said} without naming the ${aboutUrl ? 'URL' : 'hash'}, and GET ${eicarUrl} ` +
                `(the EICAR test file, which every real service knows) ${probeSaid}. Nothing was checked. Set \`api-url\` to the API's base URL, ` +
                "such as https://www.virustotal.com/api/v3 (without /files), or leave it empty for the provider's.",
        });
        return false;
    }
    /**
     * Any other request to the service (an upload, an analysis poll), under the same rules as lookups:
     * a concurrency slot, the shared window, the pause after a 429, a stop after a refused key or a
     * spent quota, and up to `retries` retries (max-retries unless given) after a transient failure.
     */
    async request(send, retries = this.options.maxRetries) {
        return this.slots.run(() => this.withRetries(send, retries));
    }
    /** Requests expected beyond the lookups (uploads, polls), for the estimate; negative when some were made. */
    expectRequests(count) {
        this.expectedExtra = Math.max(0, this.expectedExtra + count);
    }
    /** Aborted when the scan stops: waits outside the scheduler (between polls) end with it. */
    get stopSignal() {
        return this.stopped.signal;
    }
    /** Ends every lookup still waiting or to come, without a request: the scan is over. */
    stop(reason) {
        this.halt({ kind: 'protocol', message: reason });
    }
    /** @param queued lookups still waiting outside the scheduler (in a LookupQueue): counted as pending. */
    progress(queued = 0) {
        const { requested, done, errors, inFlight, requests } = this.counts;
        return { done, errors, inFlight, pending: requested - done + queued, requests, pausedForMs: Math.max(0, this.pausedUntil - Date.now()) };
    }
    /** How long the lookups not yet finished (and `queued` more) take at the configured rate; 0 when pacing is off. */
    estimateRemainingMs(queued = 0) {
        return this.window?.estimateMs(this.counts.requested - this.counts.done + queued + this.expectedExtra) ?? 0;
    }
    halt(error) {
        this.stopError ??= { ...error, scanStopped: true };
        this.stopped.abort();
        return this.stopError;
    }
    async withRetries(send, maxRetries = this.options.maxRetries) {
        for (let retry = 0;; retry++) {
            // The pause is checked again once the window grants: a 429 may have come in while waiting.
            do {
                await this.waitForPause();
                await this.window?.acquire(this.stopped.signal);
            } while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted);
            if (this.stopError)
                return { kind: 'error', error: this.stopError };
            const request = ++this.counts.requests;
            const sentAt = Date.now();
            const outcome = await send();
            if (!isFailure(outcome) || outcome.error.kind !== 'quota')
                this.quotaRefusedSince = null;
            if (!isFailure(outcome)) {
                this.consecutiveQuotaPauses = 0;
                return outcome;
            }
            const { error } = outcome;
            if (error.kind === 'auth')
                return { kind: 'error', error: this.halt(error) };
            if (error.kind !== 'quota' && error.kind !== 'transient')
                return outcome;
            if (error.kind === 'quota') {
                const spent = this.quotaSpent(error, sentAt);
                if (spent)
                    return { kind: 'error', error: this.halt(spent) };
            }
            const waitMs = error.kind === 'quota' ? this.quotaPause(error, request) : this.transientDelay(retry, error);
            if (retry >= maxRetries)
                return { kind: 'error', error: this.exhausted(error, retry) };
            if (error.kind === 'quota') {
                if (Date.now() + waitMs > this.pausedUntil)
                    [this.pausedUntil, this.sentBeforePause] = [Date.now() + waitMs, this.counts.requests];
            }
            else {
                await sleep(waitMs, this.stopped.signal);
            }
        }
    }
    /**
     * The stop error when this 429 means the quota will not come back during the scan: the service
     * asks to wait longer than the scan waits, or it still refuses a request sent after a whole
     * pacing window without an accepted request (the per-minute limit has cleared; a daily one has not).
     */
    quotaSpent(error, sentAt) {
        this.quotaRefusedSince ??= sentAt;
        const said = error.message.replace(/\.$/, '');
        if (error.retryAfterMs !== undefined && error.retryAfterMs > this.options.maxRetryAfterMs) {
            const until = new Date(Date.now() + error.retryAfterMs);
            const resets = Number.isNaN(until.getTime()) ? '' : `, until ${until.toISOString().replace(/\.\d+Z$/, 'Z')}`;
            const waited = Math.round(this.options.maxRetryAfterMs / 1000);
            return {
                ...error,
                message: `${said}. The service asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s${resets}: longer than a scan waits (${waited} s), so the quota counts as spent (a daily or monthly limit) and the scan stopped. ${this.options.quotaHint}`,
            };
        }
        if (sentAt - this.quotaRefusedSince < this.options.windowMs)
            return null;
        const window = Math.round(this.options.windowMs / 1000);
        return {
            ...error,
            message: `${said}, and still after ${window} s without an accepted request, longer than the per-minute limit lasts: the key's daily (or monthly) quota is spent, and the scan stopped. It resets on the service's schedule (the service did not say when). ${this.options.quotaHint}`,
        };
    }
    async waitForPause() {
        // Loop: another lookup may extend the pause while this one sleeps.
        while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted)
            await sleep(this.pausedUntil - Date.now(), this.stopped.signal);
    }
    /**
     * How long every lookup pauses after this 429. Without Retry-After the pause grows only for a 429 to
     * a request sent after the last pause was set: four lookups refused in one burst are one refusal,
     * not four. It ends no later than one pacing window after the first refusal, so a quota that is
     * not coming back is known within that window.
     */
    quotaPause(error, request) {
        if (error.retryAfterMs !== undefined)
            return error.retryAfterMs;
        if (request <= this.sentBeforePause)
            return Math.max(0, this.pausedUntil - Date.now());
        const { initial, max } = this.options.quotaBackoffMs;
        const grown = Math.min(max, initial * 2 ** this.consecutiveQuotaPauses++);
        const windowClears = (this.quotaRefusedSince ?? Date.now()) + this.options.windowMs - Date.now();
        return windowClears > 0 ? Math.min(grown, windowClears) : grown;
    }
    transientDelay(retry, error) {
        if (error.retryAfterMs !== undefined && error.retryAfterMs <= this.options.maxRetryAfterMs)
            return error.retryAfterMs;
        return backoffDelay(retry, this.options.transientBackoffMs.initial, this.options.transientBackoffMs.max);
    }
    /** The final error once retries are spent, saying what was tried and what to change. */
    exhausted(error, retries) {
        const tried = retries === 0 ? '' : ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
        const hint = error.kind === 'quota' ? ` ${this.options.quotaHint}` : '';
        return { ...error, message: `${error.message.replace(/\.$/, '')}${tried}.${hint}` };
    }
}

;// CONCATENATED MODULE: ./src/core/reputation/analyses.ts
// Fresh builds get a verdict: an unknown file that may be uploaded is uploaded once, its analysis
// polled politely until it completes or the time is up, and the result judged like any report.
// Every upload and poll is a request through the lookups' scheduler: same window, same quota, same
// retries, same stop after a refused key or a spent quota.


const analyses_MIB = 1024 * 1024;
const DEFAULTS = { firstPollMs: 60_000, maxPollMs: 180_000, directMaxBytes: 32 * analyses_MIB, maxBytes: 650 * analyses_MIB };
const POLL_BACKOFF = 1.5;
class Analyses {
    scheduler;
    uploads;
    options;
    constructor(scheduler, uploads, options) {
        this.scheduler = scheduler;
        this.uploads = uploads;
        this.options = { ...DEFAULTS, ...options };
    }
    /** Uploads the file with this hash and judges its analysis. Never throws. */
    async analyse(sha256, source) {
        let size;
        try {
            size = (await (0,promises_namespaceObject.stat)(source.path)).size;
        }
        catch (error) {
            return notUploaded(`the file could not be read for upload (${error.code ?? String(error)})`);
        }
        if (size > this.options.maxBytes) {
            return notUploaded(`it is ${size} bytes, over the ${this.options.maxBytes / analyses_MIB} MiB the service takes; upload the files inside it instead (VirusTotal advises this for bundles over 200 MB)`);
        }
        const expected = this.expectedRequests(size);
        this.scheduler.expectRequests(expected);
        let made = 0;
        const counted = (request) => request.finally(() => made++);
        try {
            const uploaded = await this.upload(sha256, source, size, counted);
            if (uploaded.kind !== 'uploaded')
                return uploaded.outcome;
            return await this.poll(sha256, uploaded.analysisId, counted);
        }
        finally {
            this.scheduler.expectRequests(-Math.max(expected, made));
        }
    }
    /** Requests one upload of a file up to 32 MB is expected to take at most, for the estimate before a scan. */
    get requestsPerUpload() {
        return this.expectedRequests(0);
    }
    /** Requests one upload is expected to take: the upload (and its URL), the polls in the timeout, one re-read. */
    expectedRequests(size) {
        let polls = 0;
        for (let at = 0, delay = this.firstPollDelay(); at < this.options.timeoutMs; delay = this.nextPollDelay(delay)) {
            at = Math.min(at + delay, this.options.timeoutMs);
            polls++;
        }
        return (size > this.options.directMaxBytes ? 2 : 1) + polls + 1;
    }
    async upload(sha256, source, size, counted) {
        let large = size > this.options.directMaxBytes;
        for (;;) {
            let url = this.uploads.filesUrl;
            if (large) {
                const answer = await counted(this.scheduler.request(() => this.uploads.uploadUrl()));
                if (answer.kind === 'error')
                    return { kind: 'done', outcome: this.failed('the upload URL could not be had', answer.error) };
                url = answer.url;
            }
            // Each upload URL serves once, so a POST to one is not retried (the direct route is, by the
            // scheduler); a large file whose POST failed stays unknown, with the reason.
            const posted = await counted(this.scheduler.request(() => this.uploads.upload(url, source, size), large ? 0 : undefined));
            if (posted.kind === 'uploaded')
                return posted;
            if (posted.kind === 'too-large') {
                // "32 MB" may be counted in decimal: a file just under 32 MiB goes the large way once.
                if (!large) {
                    large = true;
                    continue;
                }
                return { kind: 'done', outcome: notUploaded(`the service refused it as too large (${posted.said})`) };
            }
            if (posted.kind === 'conflict')
                return { kind: 'done', outcome: await this.reread(sha256, counted, null, `the service answered the upload with ${posted.said}`) };
            return { kind: 'done', outcome: this.failed('the upload failed', posted.error) };
        }
    }
    async poll(sha256, analysisId, counted) {
        const deadline = Date.now() + this.options.timeoutMs;
        const stop = this.scheduler.stopSignal;
        for (let delay = this.firstPollDelay();; delay = this.nextPollDelay(delay)) {
            await sleep(Math.min(delay, deadline - Date.now()), stop);
            const answer = await counted(this.scheduler.request(() => this.uploads.analysis(analysisId, sha256)));
            if (answer.kind === 'error') {
                // An answer that cannot be trusted (an analysis of another file, say) is an error; a service that stayed unreachable leaves it pending.
                if (ended(answer.error) || answer.error.kind === 'protocol')
                    return answer;
                return pending(analysisId, `polling the analysis failed: ${answer.error.message}`);
            }
            if (answer.kind === 'completed') {
                if (answer.report)
                    return { kind: 'found', report: answer.report, submission: { state: 'analysed', analysisId, reason: null } };
                return this.reread(sha256, counted, analysisId, 'the analysis completed, and the file report is not there yet');
            }
            // Not visible yet, queued or in progress: wait, unless the time is up.
            if (Date.now() >= deadline || stop.aborted) {
                const said = answer.kind === 'not-visible' ? 'was not visible yet' : `was ${answer.status}`;
                return pending(analysisId, `the analysis ${said} after ${formatMinutes(this.options.timeoutMs)} (analysis-timeout-minutes)`);
            }
        }
    }
    /** The file report, read again: the full report for a completed analysis without stats, or after a 409. */
    async reread(sha256, counted, analysisId, why) {
        const outcome = await counted(this.scheduler.lookup(sha256));
        if (outcome.kind === 'found')
            return { ...outcome, submission: { state: 'analysed', analysisId, reason: null } };
        if (outcome.kind === 'error' && ended(outcome.error))
            return outcome;
        const said = outcome.kind === 'error' ? `reading its report failed: ${outcome.error.message}` : 'the service does not know it yet';
        return analysisId ? pending(analysisId, `${why}; ${said}`) : notUploaded(`${why}; ${said}`);
    }
    /** An upload that failed leaves the file unknown, unless the failure ended the scan (a refused key, a spent quota). */
    failed(what, error) {
        return ended(error) ? { kind: 'error', error } : notUploaded(`${what}: ${error.message}`);
    }
    firstPollDelay() {
        return Math.max(1, Math.min(this.options.firstPollMs, this.options.timeoutMs / 8));
    }
    nextPollDelay(delay) {
        return Math.min(delay * POLL_BACKOFF, this.options.maxPollMs);
    }
}
function ended(error) {
    return error.kind === 'auth' || error.scanStopped === true;
}
function notUploaded(reason) {
    const submission = { state: 'not-uploaded', analysisId: null, reason };
    return { kind: 'unknown', submission };
}
function pending(analysisId, reason) {
    return { kind: 'pending', submission: { state: 'pending', analysisId, reason } };
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(2)} minute${minutes === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/core/reputation/uploads.ts
// Uploads and analyses over HTTP, one attempt each: POST {api-url}/files, GET {api-url}/files/upload_url
// and a POST to the URL it returns, GET {api-url}/analyses/{id}. The file streams from disk inside a
// multipart body: memory stays flat whatever its size. Pacing and retries live above (analyses.ts).




/** Time an upload may take past the request timeout: at least 256 KiB/s, so 650 MB may take about 43 minutes. */
const MIN_UPLOAD_BYTES_PER_SECOND = 256 * 1024;
class UploadClient {
    client;
    requestTimeoutMs;
    constructor(client, requestTimeoutMs) {
        this.client = client;
        this.requestTimeoutMs = requestTimeoutMs;
    }
    /** Where a file up to 32 MB is POSTed. */
    get filesUrl() {
        return `${this.client.apiUrl}/files`;
    }
    /** GET {api-url}/files/upload_url: a one-use URL for a file over 32 MB. */
    uploadUrl() {
        return this.client.once(async (signal) => {
            const answer = await this.client.exchange('GET', `${this.client.apiUrl}/files/upload_url`, signal);
            if (answer.status !== 200)
                return { kind: 'error', error: this.client.failure(answer).error };
            const url = field(this.client.json(answer), 'data');
            if (typeof url !== 'string')
                throw new ProtocolError(`the upload URL answer has no URL in data (got ${describeValue(url)})`);
            return { kind: 'url', url: uploadUrlWithKey(url, this.client.apiUrl) };
        });
    }
    /** POSTs the file as multipart/form-data to `url` ({api-url}/files, or an upload URL), once. */
    async upload(url, source, size) {
        const timeoutMs = this.requestTimeoutMs + Math.ceil((size / MIN_UPLOAD_BYTES_PER_SECOND) * 1000);
        return this.client.once(async (signal) => {
            const body = await multipartFile(source, size);
            const answer = await this.client.exchange('POST', url, signal, body);
            if (answer.status === 413)
                return { kind: 'too-large', said: this.client.failure(answer).said };
            if (answer.status === 409)
                return { kind: 'conflict', said: this.client.failure(answer).said };
            if (answer.status !== 200)
                return { kind: 'error', error: this.client.failure(answer).error };
            return { kind: 'uploaded', analysisId: analysisIdOf(this.client.json(answer)) };
        }, timeoutMs);
    }
    /** GET {api-url}/analyses/{id}, once. */
    analysis(analysisId, sha256) {
        return this.client.once(async (signal) => {
            const answer = await this.client.exchange('GET', `${this.client.apiUrl}/analyses/${encodeURIComponent(analysisId)}`, signal);
            if (answer.status === 404)
                return { kind: 'not-visible' };
            if (answer.status !== 200)
                return { kind: 'error', error: this.client.failure(answer).error };
            return uploads_parseAnalysis(this.client.json(answer), sha256);
        });
    }
}
/**
 * The upload URL, if the key may go there; throws ProtocolError otherwise. VirusTotal documents the
 * POST to it "in the same format as POST /files", key header included, and hands out URLs on its own
 * host (its example even says http://www.virustotal.com/_ah/upload/…). So the same host over http is
 * taken as https (the key never travels in clear text), and any other origin is refused: the docs
 * promise none, and no upload is worth the key.
 */
function uploadUrlWithKey(text, apiUrl) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ProtocolError(`the upload URL is not a URL (${describeValue(text)})`);
    }
    const api = new URL(apiUrl);
    if (url.protocol === 'http:' && api.protocol === 'https:' && url.host === api.host)
        url.protocol = 'https:';
    if (url.origin !== api.origin) {
        throw new ProtocolError(`the upload URL is on another origin (${url.origin}); the API key is only sent to ${api.origin}, so the file was not uploaded`);
    }
    return url.href;
}
function analysisIdOf(body) {
    const data = field(body, 'data');
    const type = field(data, 'type');
    const id = field(data, 'id');
    if (type !== 'analysis' || typeof id !== 'string' || id === '') {
        throw new ProtocolError(`the upload answer is not an analysis with an id (data.type ${describeValue(type)}, data.id ${describeValue(id)})`);
    }
    return id;
}
/**
 * An analysis object: its status, and once completed, its stats and engine results as a file report.
 * The report is trusted only when the analysis names the hash of the file it analysed (meta.file_info)
 * and that is the hash of the artifact; a different hash means the file changed after it was hashed.
 */
function uploads_parseAnalysis(body, sha256) {
    const data = field(body, 'data');
    if (field(data, 'type') !== 'analysis')
        throw new ProtocolError(`data.type is ${describeValue(field(data, 'type'))}, not "analysis"`);
    const attributes = field(data, 'attributes');
    const status = field(attributes, 'status');
    if (typeof status !== 'string')
        throw new ProtocolError(`the analysis has no status (got ${describeValue(status)})`);
    if (status !== 'completed')
        return { kind: 'waiting', status };
    const analysed = field(field(field(body, 'meta'), 'file_info'), 'sha256');
    if (typeof analysed === 'string' && analysed.toLowerCase() !== sha256) {
        throw new ProtocolError(`the analysis is of a file with SHA-256 ${describeValue(analysed)}, not ${sha256}: the file changed between hashing and upload`);
    }
    if (typeof analysed !== 'string' || field(attributes, 'stats') === undefined)
        return { kind: 'completed', report: null };
    // The analysis carries what a file report's last analysis does, under other names.
    const asFileReport = {
        data: {
            type: 'file',
            id: sha256,
            attributes: { last_analysis_stats: field(attributes, 'stats'), last_analysis_results: field(attributes, 'results'), last_analysis_date: field(attributes, 'date') },
        },
    };
    return { kind: 'completed', report: parseFileReport(asFileReport, sha256) };
}
/** A multipart/form-data body with one part, `file`, streamed from disk; its length is known up front. */
async function multipartFile(source, size) {
    const boundary = `----artifact-reputation-gate-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${multipartName(source.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const handle = await (0,promises_namespaceObject.open)(source.path, 'r');
    // Exactly `size` bytes, as the content-length says; a file that shrank since ends the request short.
    const file = size > 0 ? handle.createReadStream({ start: 0, end: size - 1 }) : null;
    if (file === null)
        await handle.close();
    async function* parts() {
        try {
            yield head;
            if (file)
                yield* file;
            yield tail;
        }
        finally {
            file?.destroy();
        }
    }
    return {
        stream: external_node_stream_.Readable.from(parts(), { objectMode: false }),
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
    };
}
/** A file name safe inside the quoted header parameter: printable ASCII only, no quote or backslash. */
function multipartName(name) {
    return name.replace(/[^\x20-\x7e]|["\\]/g, '_') || 'artifact';
}

;// CONCATENATED MODULE: ./src/core/scan.ts
// Stages 2 and 3 overlapped: hash the artifacts with bounded parallelism and look each unique hash up
// as soon as it is known, so lookups (often the slow part) start while hashing goes on.



async function scanArtifacts(artifacts, deps) {
    const { hash, hashConcurrency } = deps;
    // One lookup per unique hash; identical files share its outcome.
    const lookups = deps.lookups ?? new LookupQueue(deps.lookup, Infinity);
    const lookUp = (sha256) => lookups.add(sha256);
    const hashed = await mapConcurrent(artifacts, hashConcurrency, async (artifact) => {
        if (artifact.hash)
            return lookUpHash(artifact, artifact.hash, lookups);
        if (artifact.special)
            return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, artifact.special) };
        if (artifact.statError)
            return { artifact, sha256: null, outcome: fileError(`Could not read ${artifact.displayPath}: ${artifact.statError}.`) };
        let sha256;
        let head;
        // A big archive is opened as soon as its first bytes are read, while a hashing thread hashes it whole.
        const { openArchive } = deps;
        let early;
        const hashing = hash(artifact.rawPath ?? artifact.absolutePath, openArchive && artifact.size >= EARLY_OPEN_BYTES
            ? (first) => (early = openArchive(artifact, first, hashing.then((hashed) => hashed.sha256)))
            : undefined);
        try {
            // The size read is the size judged (listing by directory entries does not stat files).
            ({ sha256, head, size: artifact.size } = await hashing);
        }
        catch (error) {
            await early; // what it read is of no use without the file's hash
            if (!(error instanceof FileReadError))
                throw error;
            if (error.special)
                return { artifact, sha256: null, outcome: notRegular(artifact.displayPath, error.special) };
            return { artifact, sha256: null, outcome: fileError(`Could not hash ${artifact.displayPath}: ${error.message}.`) };
        }
        lookUp(sha256);
        const whole = { artifact, sha256, outcome: null };
        // The outer archive is always looked up; its members follow it, each under the one-lookup-per-hash rule.
        const opened = early ? await early : head && openArchive ? await openArchive(artifact, head, sha256) : null;
        if (!opened)
            return whole;
        const members = opened.members.map(({ artifact: member, sha256: memberHash }) => {
            if (memberHash === null)
                return { artifact: member, sha256: null, outcome: { kind: 'unscanned' } };
            lookUp(memberHash);
            return { artifact: member, sha256: memberHash, outcome: null };
        });
        return [{ ...whole, artifact: opened.unscanned === null ? artifact : { ...artifact, unscanned: opened.unscanned } }, ...members];
    });
    deps.onHashingDone?.(lookups.size);
    // Outcomes by hash, then filled in place: no pending call or new record per artifact.
    const outcomes = await lookups.settled();
    const entries = hashed.flat();
    for (const entry of entries) {
        if (entry.outcome !== null)
            continue;
        entry.outcome = outcomes.get(entry.artifact.hash?.value ?? entry.sha256);
        // A hash looked up by MD5 or SHA-1 gets its SHA-256 from the report, which proved it answers that hash.
        if (entry.sha256 === null && entry.outcome.kind === 'found')
            entry.sha256 = entry.outcome.report.sha256;
    }
    return entries;
}
/** A subject that is a hash: nothing to read, looked up as given (once, however often it is listed). */
function lookUpHash(artifact, { kind, value }, lookups) {
    lookups.add(value);
    return { artifact, sha256: kind === 'sha256' ? value : null, outcome: null };
}
/** Files this big are opened while they are hashed, not after: the two take about as long. */
const EARLY_OPEN_BYTES = 8 * 1024 * 1024;
function notRegular(displayPath, type) {
    return fileError(`${displayPath} is not a regular file but a ${type}; it was not read.`);
}
function fileError(message) {
    return { kind: 'error', error: { kind: 'file', message } };
}

;// CONCATENATED MODULE: ./src/core/upload-files.ts
// Which unknown files may be uploaded: `upload-files` patterns (the `files` syntax, relative to the
// workspace) matched by the same listing port. A hash is uploaded only when every artifact with that
// content is matched: a copy outside the patterns keeps the content private. An archive member counts
// as a copy in its outer file (matched when that file is), but is never uploaded itself.


/**
 * `members`: archive members by hash, filled while archives are read (before `allHashed`).
 */
function uploadSources(artifacts, hashedPaths, members, allHashed, patterns, glob) {
    let matched = null;
    let byHash = null;
    return async (sha256) => {
        await allHashed;
        matched ??= matcher(patterns, glob);
        const isMatched = await matched;
        byHash ??= groupByHash(artifacts, hashedPaths);
        const files = byHash.get(sha256) ?? [];
        const inArchives = members.get(sha256) ?? [];
        const excluded = [...files, ...inArchives].find((artifact) => !isMatched(artifact));
        if (excluded)
            return { excluded: `upload-files does not match ${outerPath(excluded)}, so it was not uploaded` };
        const [first] = files;
        if (first)
            return { path: first.rawPath ?? first.absolutePath, name: external_node_path_default().basename(first.displayPath) };
        const [member] = inArchives;
        if (member?.member)
            return { excluded: memberNotUploaded(member.member.chain) };
        return { excluded: 'no artifact with this hash could be read again' };
    };
}
/** Why a member alone is not uploaded: it would have to be read out of its archive again. */
function memberNotUploaded(chain) {
    return `it is an archive member, and only whole files are uploaded: its archive ${chain[0]} is looked up (and uploaded when unknown) itself`;
}
/** Adds the members of an opened archive to `members`, by hash. */
function recordMembers(members, found) {
    for (const { artifact, sha256 } of found)
        if (sha256 !== null)
            addTo(members, sha256, artifact);
}
function groupByHash(artifacts, hashedPaths) {
    const groups = new Map();
    for (const artifact of artifacts) {
        const sha256 = hashedPaths.get(artifact.rawPath ?? artifact.absolutePath);
        if (sha256 !== undefined)
            addTo(groups, sha256, artifact);
    }
    return groups;
}
function addTo(groups, sha256, artifact) {
    const group = groups.get(sha256);
    if (group)
        group.push(artifact);
    else
        groups.set(sha256, [artifact]);
}
/** Whether an artifact is matched. The default `**` is every file in the workspace, without walking it again. */
async function matcher(patterns, glob) {
    const lines = patterns
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    if (lines.length === 1 && lines[0] === '**')
        return (artifact) => artifact.inWorkspace;
    const { paths } = await glob(patterns);
    const found = new Set(paths.filter((entry) => typeof entry === 'string'));
    return (artifact) => artifact.rawPath === undefined && found.has(artifact.absolutePath);
}

;// CONCATENATED MODULE: ./src/core/verdict.ts


/** One frozen decision per rule that says nothing more than its rule: shared by every result it decides, not one each. */
const RULE_ONLY = new Map();
function decidedBy(rule) {
    let decision = RULE_ONLY.get(rule);
    if (!decision)
        RULE_ONLY.set(rule, (decision = Object.freeze({ rule })));
    return decision;
}
const DAY_MS = 86_400_000;
/**
 * The rules in the order they apply (README "Rule order"): the first that applies decides. Allow
 * comes first, then fail-engines, the thresholds, min-engines, and warn-malicious.
 */
const RULE_ORDER = (/* unused pure expression or super */ null && (['allow', 'fail-engines', 'max-malicious', 'max-malicious-percent', 'max-suspicious', 'min-engines', 'warn-malicious', 'within-thresholds']));
function judgeArtifact(scanned, policy, now) {
    const judged = notFullyScanned(judgeOutcome(scanned, policy, now), policy);
    const { outcome } = scanned;
    if ((outcome.kind === 'found' || outcome.kind === 'unknown') && outcome.cachedAt)
        judged.cachedAt = outcome.cachedAt;
    return scanned.sha256 ? withAllow(judged, policy.allow[scanned.sha256], expiredAllow(scanned.sha256, policy, now)) : judged;
}
/** What an allow line does to a verdict, for files and URLs alike. */
function withAllow(judged, reason, expired) {
    if (reason === undefined)
        return judged;
    // An expired entry no longer allows: the item is judged as any other, and the result says why.
    if (expired)
        return { ...judged, decidedBy: { ...judged.decidedBy, expiredAllow: expired } };
    // An allowed item never fails the gate, whatever the service says; it keeps what it said.
    return { ...judged, status: 'allowed', consequence: 'pass', allowed: { reason, otherwise: judged.status }, decidedBy: decidedBy('allow') };
}
function judgeOutcome({ artifact, sha256, outcome }, policy, now) {
    if (outcome.kind === 'unscanned')
        return { artifact, sha256, report: null, error: null, counted: null, allowed: null, staleDays: null, ...unscannedVerdict(policy) };
    const submission = outcome.kind !== 'error' && outcome.submission ? { submission: outcome.submission } : {};
    return { artifact, sha256, ...submission, ...judgeLookup(outcome, policy, now) };
}
/** A URL's verdict: the same rules as an artifact's; an allow line naming the URL makes it `allowed`. */
function judgeUrl(item, outcome, policy, now = new Date()) {
    const judged = { item, ...judgeLookup(outcome, policy, now) };
    if (outcome.kind !== 'error' && outcome.cachedAt)
        judged.cachedAt = outcome.cachedAt;
    return withAllow(judged, policy.allowUrls?.[item.url], expiredUrlAllow(item.url, policy, now));
}
/** Adds the URLs' verdicts to the artifacts': the gate fails when either fails. */
function withUrls(judgement, urls) {
    if (urls.length === 0)
        return judgement;
    const urlFails = urls.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
    return { ...judgement, urls, result: judgement.result === 'fail' || urlFails ? 'fail' : 'pass' };
}
/** A lookup's outcome, file or URL, judged by the rules after allow. */
function judgeLookup(outcome, policy, now) {
    const base = { report: null, error: null, counted: null, allowed: null, staleDays: null };
    switch (outcome.kind) {
        case 'found': {
            const { report } = outcome;
            const counted = countedDetections(report, policy);
            return { ...base, report, counted, staleDays: staleDays(report, policy, now), ...judgeReport(report, counted, policy) };
        }
        case 'unknown':
            return { ...base, status: 'unknown', consequence: policy.onUnknown, decidedBy: decidedBy('on-unknown') };
        case 'pending':
            // Uploaded, not yet judged by the service: as unknown as a file it has never seen.
            return { ...base, status: 'pending', consequence: policy.onUnknown, decidedBy: decidedBy('on-unknown') };
        case 'error': {
            // A refused key or an endpoint that serves no reports means the gate could not work at all: that fails whatever on-error says.
            const unusable = failsWhateverPolicy(outcome.error);
            return { ...base, error: outcome.error, status: 'error', consequence: unusable ? 'fail' : policy.onError, decidedBy: decidedBy(unusable ? 'unusable-service' : 'on-error') };
        }
    }
}
/** The rules after allow, in RULE_ORDER, over a report: the first that applies decides. */
function judgeReport(report, counted, policy) {
    const failing = failEngineDetections(report, policy);
    if (failing.length > 0)
        return { status: 'malicious', consequence: 'fail', decidedBy: { rule: 'fail-engines', engines: failing } };
    if (counted.malicious > policy.maxMalicious)
        return { status: 'malicious', consequence: 'fail', decidedBy: decidedBy('max-malicious') };
    if (overPercent(counted.malicious, analysedEngines(report), policy.maxMaliciousPercent)) {
        return { status: 'malicious', consequence: 'fail', decidedBy: decidedBy('max-malicious-percent') };
    }
    if (policy.maxSuspicious !== null && counted.suspicious > policy.maxSuspicious)
        return { status: 'suspicious', consequence: 'fail', decidedBy: decidedBy('max-suspicious') };
    // Under the thresholds, a report with too few verdicts (a fresh upload reads 0/0) says nothing: never clean.
    if (analysedEngines(report) < policy.minEngines)
        return { status: 'unanalysed', consequence: policy.onUnknown, decidedBy: decidedBy('min-engines') };
    if (policy.warnMalicious !== null && counted.malicious > policy.warnMalicious)
        return { status: 'flagged', consequence: 'warn', decidedBy: decidedBy('warn-malicious') };
    return { status: 'clean', consequence: 'pass', decidedBy: decidedBy('within-thresholds') };
}
/** The engines of fail-engines that say malicious, as the service spells them. */
function failEngineDetections(report, policy) {
    return report.detections.filter((d) => d.category === 'malicious' && policy.failEngines.includes(d.engine.toLowerCase())).map((d) => d.engine);
}
/** More than `percent` % of the engines with a verdict, compared in whole hundredths so 12.5 % of 8 is exactly 1. */
function overPercent(malicious, analysed, percent) {
    if (percent === null || analysed === 0)
        return false;
    return malicious * 10_000 > Math.round(percent * 100) * analysed;
}
/** The hash's allow entry, when its `expires` day (UTC) has come. */
function expiredAllow(sha256, policy, now) {
    const entry = policy.allowEntries[sha256];
    return entry && hasExpired(entry, now) ? { ...entry, expires: entry.expires, sha256, reason: policy.allow[sha256] ?? '' } : null;
}
/** The same for a URL's allow line; the URL is named masked, as every report shows it. */
function expiredUrlAllow(url, policy, now) {
    const entry = policy.allowUrlEntries?.[url];
    return entry && hasExpired(entry, now) ? { ...entry, expires: entry.expires, url: maskedUrl(new URL(url)), reason: policy.allowUrls?.[url] ?? '' } : null;
}
/** Whether an entry's `expires` day (UTC) has come. */
function hasExpired(entry, now) {
    return entry.expires !== null && now.getTime() >= Date.parse(`${entry.expires}T00:00:00Z`);
}
/**
 * An archive not opened fully (a zip bomb, corrupt, nested too deep) may hide what the gate looks for,
 * and a member whose name leads out of its archive is an attack on whoever unpacks it: unless its own
 * hash already fails it (or its lookup failed), it is `unscanned`, judged by on-error; `artifact.unscanned` says why.
 */
function notFullyScanned(judged, policy) {
    if (judged.artifact.unscanned === undefined || judged.consequence === 'fail' || judged.status === 'error' || judged.status === 'unscanned')
        return judged;
    return { ...judged, ...unscannedVerdict(policy) };
}
function unscannedVerdict(policy) {
    return { status: 'unscanned', consequence: policy.onError, decidedBy: decidedBy('on-error') };
}
/**
 * An archive fails when a member it holds fails: each failing member marks every archive on its
 * container chain (the outer file and the nested archives between), which keeps its own status and
 * decision. An allowed archive stays allowed; its members are still judged by their own hashes.
 */
function withFailingMembers(results) {
    const holders = new Map();
    for (const { artifact, consequence } of results) {
        if (!artifact.member || consequence !== 'fail')
            continue;
        const { chain } = artifact.member;
        for (let depth = 1; depth < chain.length; depth++) {
            const holder = containerKey(artifact.absolutePath, memberPath(chain.slice(0, depth)));
            const paths = holders.get(holder) ?? [];
            if (paths.length === 0)
                holders.set(holder, paths);
            paths.push(artifact.displayPath);
        }
    }
    if (holders.size === 0)
        return results;
    return results.map((result) => {
        const paths = holders.get(containerKey(result.artifact.absolutePath, result.artifact.displayPath));
        if (!paths || result.status === 'allowed')
            return result;
        return { ...result, consequence: 'fail', failingMembers: { paths, ownConsequence: result.consequence } };
    });
}
/** What the artifact's own verdict made of it, before the members it holds (an archive fails when one of them does). */
function ownConsequence(result) {
    return result.failingMembers?.ownConsequence ?? result.consequence;
}
/** The one engine filter: whether the policy leaves this engine's verdicts out of the counts. */
function isIgnoredEngine(policy, engine) {
    return policy.ignoreEngines.includes(engine.toLowerCase());
}
/** A refused key, or an error that says nothing could be checked as configured. */
function failsWhateverPolicy(error) {
    return error.kind === 'auth' || error.alwaysFails === true;
}
/** An error that ended the whole scan: every artifact left carries it, so it is said once. */
function endedScan(error) {
    return error !== null && (error.kind === 'auth' || error.scanStopped === true);
}
/**
 * The detections, less the verdicts of ignored engines (which still show, marked ignored). Never
 * fewer than the distinct engines listed as flagging the file: stats that say fewer are contradicted.
 */
function countedDetections(report, policy) {
    const count = (category) => {
        const engines = report.detections.filter((d) => d.category === category);
        const ignored = engines.filter((d) => isIgnoredEngine(policy, d.engine)).length;
        return Math.max(0, Math.max(report.stats[category], engines.length) - ignored);
    };
    return { malicious: count('malicious'), suspicious: count('suspicious') };
}
/** Engines that produced a verdict: malicious, suspicious, undetected or harmless. */
function analysedEngines({ stats }) {
    return stats.malicious + stats.suspicious + stats.undetected + stats.harmless;
}
function staleDays(report, policy, now) {
    if (policy.maxReportAgeDays === null || report.lastAnalysed === null)
        return null;
    const days = Math.floor((now.getTime() - report.lastAnalysed.getTime()) / DAY_MS);
    return days > policy.maxReportAgeDays ? days : null;
}
/** `urlsOnly`: no `files` were given (only URLs), so no file matching is not a finding for if-no-files-found. */
function judge(scanned, policy, now = new Date(), urlsOnly = false) {
    const results = withFailingMembers(scanned.map((entry) => judgeArtifact(entry, policy, now)));
    const counts = {
        scanned: results.length,
        uniqueHashes: new Set(results.map((r) => r.sha256).filter(Boolean)).size,
        stale: results.filter((r) => r.staleDays !== null).length,
        uploaded: results.filter((r) => r.submission !== undefined && r.submission.state !== 'not-uploaded').length,
        ...Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])),
    };
    for (const result of results)
        counts[result.status]++;
    // Whether or not this scan has the hash or URL: a lapsed exception is said wherever it is written.
    const expiredAllows = [
        ...Object.keys(policy.allowEntries).map((sha256) => expiredAllow(sha256, policy, now)),
        ...Object.keys(policy.allowUrlEntries ?? {}).map((url) => expiredUrlAllow(url, policy, now)),
    ].filter((entry) => entry !== null);
    // A refused key (or an api-url that serves no reports) means nothing could be checked: the job fails, allowed artifacts or not.
    const fails = (results.length === 0 && !urlsOnly && policy.ifNoFilesFound === 'error') || results.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
    return { result: fails ? 'fail' : 'pass', results, counts, expiredAllows, ...(urlsOnly && { urlsOnly }) };
}
/** Worst first: what a reader must see before anything else. */
const STATUS_ORDER = ['malicious', 'suspicious', 'error', 'unscanned', 'flagged', 'unanalysed', 'pending', 'unknown', 'allowed', 'clean'];

;// CONCATENATED MODULE: ./src/core/workspace.ts
// One workspace for every path the user gives: `files` patterns, `allow-file`, `sarif-path` and the
// displayed paths all resolve against GITHUB_WORKSPACE, or the working directory when it is unset,
// so a tool that runs the action outside the runner (@github/local-action) scans the right folder.

/** The workspace: `githubWorkspace` (GITHUB_WORKSPACE, when the front door has one) resolved against `cwd`. */
function workspaceDirectory(githubWorkspace, cwd) {
    return external_node_path_default().resolve(cwd, githubWorkspace || '.');
}
/**
 * The `files` patterns with each relative one rooted at the workspace (@actions/glob would root them
 * at the working directory). Comments, blank lines, absolute and `~` patterns stay as written; a
 * leading `!` stays in front; glob characters in the workspace's own path are escaped.
 */
function rootPatterns(patterns, workspace) {
    const root = escapeGlob(workspace.split((external_node_path_default()).sep).join('/').replace(/\/+$/, ''));
    return patterns
        .split(/\r?\n/)
        .map((line) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return line;
        const negation = /^!*/.exec(trimmed)[0];
        const pattern = trimmed.slice(negation.length);
        if (pattern.startsWith('~') || external_node_path_default().isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern))
            return trimmed;
        return `${negation}${root}/${pattern}`;
    })
        .join('\n');
}
/** A literal path as an @actions/glob pattern (as its own globEscape does for the working directory). */
function escapeGlob(literal) {
    return (process.platform === 'win32' ? literal : literal.replace(/\\/g, '\\\\')).replace(/[*?[]/g, (char) => `[${char}]`);
}

;// CONCATENATED MODULE: ./src/core/version.ts
// Kept equal to package.json's version by a unit test; named in the User-Agent and the reports.
const ACTION_NAME = 'artifact-reputation-gate';
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/core/run-gate.ts
// The pipeline, top to bottom: listing, hashes and lookups, verdicts. No runner, no environment:
// what it needs from outside comes in as ports, and what it found goes back as data.

















/**
 * Archives read at once. Each holds at most a nested archive per level in memory (archive-max-nested-mib),
 * and its hashing runs on this thread beside the lookups: two keep both bounded.
 */
const ARCHIVES_AT_ONCE = 2;
/** How often a long scan says where it is: steady, not a line per request. */
const PROGRESS_INTERVAL_MS = 30_000;
async function runGate(options, ports) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const snapshot = { stage: 'listing', artifacts: 0, hashed: 0, lookups: null };
    let lookups = null;
    let queue = null;
    ports.progress.watch?.(() => ({ ...snapshot, lookups: lookups?.progress(queue?.queued) ?? null }));
    const verdictCache = options.cache && ports.cache ? new VerdictCache(cacheScope(options.provider, options.apiUrl), options.cache, ports.cache.store, ports.cache.log) : null;
    // Relative patterns are rooted at the workspace, as every other path the user gives.
    // No `files` (a URL-only run): nothing is listed, and no file missing is a finding.
    const urlsOnly = !options.hashes && options.patterns.trim() === '';
    const listed = options.hashes
        ? hashSubjects(options.hashes)
        : urlsOnly
            ? { artifacts: [], skipped: [] }
            : await findArtifacts(rootPatterns(options.patterns, options.workspace), options.workspace, ports.glob);
    const { artifacts } = listed;
    ports.log.debug(`Listed ${artifacts.length} artifacts in ${elapsed()} ms.`);
    // Restored while the files are hashed; the first lookup waits for it. With nothing to look up it is
    // not restored at all: a run that matched nothing then starts without the cache library.
    const cacheLoaded = verdictCache && (artifacts.length > 0 || (options.urls?.length ?? 0) > 0) ? verdictCache.load() : Promise.resolve();
    ports.progress.listed(listed);
    Object.assign(snapshot, { stage: 'scanning', artifacts: artifacts.length, hashed: artifacts.filter((artifact) => artifact.hash).length });
    const client = new ReputationClient({
        apiUrl: options.apiUrl,
        apiKey: options.apiKey,
        userAgent: options.userAgent ?? `${ACTION_NAME}/${ACTION_VERSION}`,
        requestTimeoutMs: options.requestTimeoutMs,
    }, ports.http);
    const scheduler = new Lookups(client, {
        concurrency: options.concurrency,
        requestsPerWindow: options.requestsPerMinute,
        maxRetries: options.maxRetries,
        quotaHint: PROVIDERS[options.provider].quotaHint,
    });
    lookups = scheduler;
    const hashPool = new HashPool();
    // Uploads only when asked for; which files may go is decided once every file is hashed, so a copy
    // outside `upload-files` keeps its content private even when another copy is inside.
    const hashedPaths = new Map();
    let hashingDone = () => { };
    const allHashed = new Promise((resolve) => (hashingDone = resolve));
    const memberCopies = new Map();
    const sourceFor = uploadSources(artifacts, hashedPaths, memberCopies, allHashed, options.uploadPatterns ?? '**', ports.glob);
    const analyses = options.uploadUnknown
        ? new Analyses(scheduler, new UploadClient(client, options.requestTimeoutMs), { timeoutMs: options.analysisTimeoutMs ?? 600_000, ...options.analysisTimings })
        : null;
    const lookupOrUpload = async (sha256) => {
        const outcome = await scheduler.lookup(sha256);
        if (analyses === null || outcome.kind !== 'unknown')
            return outcome;
        const source = await sourceFor(sha256);
        return 'excluded' in source ? { kind: 'unknown', submission: { state: 'not-uploaded', analysisId: null, reason: source.excluded } } : analyses.analyse(sha256, source);
    };
    // The cache answers before the scheduler is asked. With uploads on, a cached "never seen" is asked
    // again, so the cache never keeps a file from its upload; an analysed report is kept like a found one.
    const reusable = analyses === null ? ['found', 'unknown'] : ['found'];
    const cachedOrFresh = async (sha256) => {
        if (!verdictCache)
            return lookupOrUpload(sha256);
        await cacheLoaded;
        const reused = verdictCache.reuse(sha256, new Date(), reusable);
        if (reused)
            return reused;
        const outcome = await lookupOrUpload(sha256);
        verdictCache.record(sha256, outcome);
        return outcome;
    };
    // As many hashes are looked up at once as the scheduler has slots; the rest wait as bare strings. An
    // upload waits minutes for its analysis outside any slot, so with uploads each hash goes at once, as it may.
    queue = new LookupQueue(cachedOrFresh, analyses === null ? options.concurrency : Infinity);
    const archiveSlots = new Semaphore(ARCHIVES_AT_ONCE);
    const { archives } = options;
    const ticker = setInterval(() => ports.progress.lookups(scheduler.progress(queue.queued)), options.progressIntervalMs ?? PROGRESS_INTERVAL_MS).unref();
    let scanned;
    let urlOutcomes;
    const urls = options.urls ?? [];
    // As for hashes, the cache answers before the scheduler is asked, under the same freshness rules.
    const cachedOrFreshUrl = async (item) => {
        if (!verdictCache)
            return scheduler.lookupUrl(item);
        await cacheLoaded;
        const reused = verdictCache.reuseUrl(item.url, new Date());
        if (reused)
            return reused;
        const outcome = await scheduler.lookupUrl(item);
        verdictCache.recordUrl(item.url, outcome);
        return outcome;
    };
    // Started first: they share the window with the hashes, and need no hashing.
    const urlLookups = Promise.all(urls.map(cachedOrFreshUrl));
    try {
        scanned = await scanArtifacts(artifacts, {
            hash: (path, onHead) => hashPool
                .hash(path, onHead)
                .then((hashed) => (analyses && hashedPaths.set(path, hashed.sha256), hashed)) // kept only for uploads: a map entry per file otherwise
                .finally(() => snapshot.hashed++),
            hashConcurrency: hashPool.capacity,
            lookup: cachedOrFresh,
            lookups: queue,
            ...(archives &&
                archives.members !== 'none' && {
                openArchive: (artifact, head, sha256) => archiveSlots.run(() => openArchive(artifact, head, sha256, archives)).then((opened) => (opened && recordMembers(memberCopies, opened.members), opened)),
            }),
            // Hashing outruns paced lookups, so the count is known long before the wait ends.
            onHashingDone: (uniqueHashes) => {
                hashingDone();
                ports.log.debug(`Hashed ${artifacts.length} artifacts (${uniqueHashes} unique; ${hashPool.hashedHere} on the main thread while the hashing threads started) at ${elapsed()} ms.`);
                const estimate = (toLookUp, urlsToLookUp) => ports.progress.hashed({
                    uniqueHashes: toLookUp,
                    ...(urlsToLookUp > 0 && { urls: urlsToLookUp }),
                    requestsPerMinute: options.requestsPerMinute,
                    estimateMs: scheduler.estimateRemainingMs(queue.queued),
                    ...(analyses && { requestsPerUpload: analyses.requestsPerUpload }),
                });
                if (!verdictCache)
                    return estimate(uniqueHashes, urls.length);
                // Only what the cache cannot answer is asked: known once it is restored, when the hashes still queued are answered from it.
                void cacheLoaded.then(() => {
                    queue.answerWaiting((sha256) => verdictCache.reuse(sha256, new Date(), reusable));
                    const use = verdictCache.use();
                    estimate(uniqueHashes - use.reused, urls.length - (use.urls?.reused ?? 0));
                });
            },
        });
        urlOutcomes = await urlLookups;
    }
    finally {
        queue.clear(); // the outcomes are in `scanned` now; the progress watcher outlives the scan
        clearInterval(ticker);
        scheduler.stop('The scan stopped before this lookup.'); // nothing left to wait for, should the scan have failed
        hashPool.close();
        client.dispose();
    }
    ports.log.debug(`Looked up every hash at ${elapsed()} ms.`);
    snapshot.stage = 'judging';
    const now = new Date();
    const judgement = withUrls(judge(scanned, options.policy, now, urlsOnly), urls.map((item, index) => judgeUrl(item, urlOutcomes[index], options.policy, now)));
    if (verdictCache) {
        await cacheLoaded; // also when no hash was looked up, so a failed restore is still said
        await verdictCache.save();
        ports.log.debug(`Saved the verdict cache at ${elapsed()} ms.`);
    }
    return { judgement, skipped: listed.skipped, cache: verdictCache?.use() ?? null };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __nccwpck_require__(3581);
;// CONCATENATED MODULE: ./src/core/walk.ts
// The listing port in the core: one readdir walk with @actions/glob's pattern semantics, and no
// second look at what it found. Directory entries carry their type, so a plain file costs no stat;
// only links are stat'ed (to follow them) and directories (to catch link loops by device and inode).
// Matching is minimatch's, with the options @actions/glob gives it.







/** @actions/glob's MatchKind bits: a pattern with a trailing `/` matches directories only. */
const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;
const MATCH_ALL = MATCH_DIRECTORY | MATCH_FILE;
/** The walk runs synchronously (a stat-free walk is fastest so) and lets timers and signals in this often. */
const YIELD_EVERY_MS = 10;
const SEPARATOR = Buffer.from('/');
const FILE = 'file';
/** A pattern in `files` that cannot be used: the message names it and says what is accepted. */
class PatternError extends Error {
    name = 'PatternError';
}
class Pattern {
    negate;
    /** Set for the `<pattern>/**` added for every pattern, so a matched directory means its whole tree. */
    implicit;
    /** The pattern as matched: absolute, its root escaped. */
    text;
    trailingSeparator;
    /** Where the walk starts for it: the leading segments without wildcards. */
    searchPath;
    base;
    endsWithGlobstar;
    matcher;
    /** `base` is the literal directory the pattern was rooted at (`/` for an absolute one). */
    constructor(negate, implicit, text, trailingSeparator, base) {
        this.negate = negate;
        this.implicit = implicit;
        this.text = text;
        this.trailingSeparator = trailingSeparator;
        this.base = base;
        this.endsWithGlobstar = text.endsWith('/**');
        this.matcher = new esm/* Minimatch */.VR(text, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true });
        // minimatch's parsed segments after the base: a string where a segment has no wildcard (escapes undone).
        const literal = base === '/' ? [''] : base.split('/');
        for (const segment of (this.matcher.set[0] ?? []).slice(literal.length)) {
            if (typeof segment !== 'string')
                break;
            literal.push(segment);
        }
        this.searchPath = literal.join('/') || '/';
    }
    /** The same pattern with `/**` added: what makes a matched directory stand for its whole tree. */
    withDescendants() {
        return new Pattern(this.negate, true, `${this.text === '/' ? '' : this.text}/**`, false, this.base);
    }
    match(itemPath) {
        // As @actions/glob: an explicit `dir/**` matches `dir` itself too (`dir/` matches it).
        const subject = this.endsWithGlobstar && !this.implicit && !itemPath.endsWith('/') ? `${itemPath}/` : itemPath;
        if (!this.matcher.match(subject))
            return 0;
        return this.trailingSeparator ? MATCH_DIRECTORY : MATCH_ALL;
    }
    /** Whether something below `directory` could match. */
    couldMatchBelow(directory) {
        return this.matcher.match(directory, true);
    }
    /** Whether everything below `directory` matches, files and directories alike: a literal path and `/**` below it. */
    matchesAllBelow(directory) {
        if (!this.endsWithGlobstar || this.trailingSeparator || this.text !== `${this.searchPath === '/' ? '' : this.searchPath}/**`)
            return false;
        return directory === this.searchPath || directory.startsWith(this.searchPath === '/' ? '/' : `${this.searchPath}/`);
    }
}
/**
 * The `files` text as @actions/glob reads it: one pattern a line, blank lines and `#` comments skipped,
 * each leading `!` flipping include to exclude; relative patterns rooted at `root`, `~` at `homedir`.
 * Each pattern is followed by its implicit `/**`, in order: later patterns win.
 */
function parsePatterns(patterns, root, homedir = external_node_os_default().homedir()) {
    const parsed = [];
    for (const line of patterns.split('\n').map((text) => text.trim())) {
        if (!line || line.startsWith('#'))
            continue;
        let text = line;
        let negate = false;
        while (text.startsWith('!')) {
            negate = !negate;
            text = text.slice(1).trim();
        }
        if (!text)
            throw new PatternError(`The pattern "${line}" in \`files\` has nothing after its \`!\`: write the path or pattern to exclude, such as \`!dist/**/*.map\`.`);
        text = text.replace(/\/+/g, '/');
        const segments = text.split('/');
        if (segments.some((segment, i) => segment === '..' || (segment === '.' && i > 0))) {
            throw new PatternError(`The pattern "${line}" in \`files\` uses \`.\` or \`..\` inside a path; write it from the workspace (\`dist/**\`) or as an absolute path.`);
        }
        const trailingSeparator = text.length > 1 && text.endsWith('/');
        if (trailingSeparator)
            text = text.slice(0, -1);
        const { base, pattern: rootedText } = rooted(text, root, homedir);
        const pattern = new Pattern(negate, false, rootedText, trailingSeparator, base);
        parsed.push(pattern);
        if (trailingSeparator || !pattern.text.endsWith('/**'))
            parsed.push(pattern.withDescendants());
    }
    return parsed;
}
function rooted(text, root, homedir) {
    if (text.startsWith('/'))
        return { base: '/', pattern: text };
    const [base, rest] = text === '.' || text.startsWith('./') ? [root, text.slice(2)] : text === '~' || text.startsWith('~/') ? [homedir, text.slice(2)] : [root, text];
    return { base, pattern: joinPattern(walk_escapeGlob(base), rest) };
}
function joinPattern(base, rest) {
    if (!rest)
        return base;
    return base.endsWith('/') ? base + rest : `${base}/${rest}`;
}
/** A path as a pattern that matches only itself (as @actions/glob escapes the working directory). */
function walk_escapeGlob(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/(\[)(?=[^/]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/** As @actions/glob decides: each include adds what it matches, each later exclude takes it away. */
function matchKind(patterns, itemPath) {
    let kind = 0;
    for (const pattern of patterns)
        kind = pattern.negate ? kind & ~pattern.match(itemPath) : kind | pattern.match(itemPath);
    return kind;
}
/** Search paths: one per include pattern, none below another (the walk of the higher one covers it). */
function searchPaths(patterns) {
    const candidates = new Set(patterns.filter((pattern) => !pattern.negate).map((pattern) => pattern.searchPath));
    const covered = (searchPath) => {
        for (let parent = external_node_path_default().dirname(searchPath), child = searchPath; parent !== child; child = parent, parent = external_node_path_default().dirname(parent)) {
            if (candidates.has(parent))
                return true;
        }
        return false;
    };
    return [...candidates].filter((searchPath) => !covered(searchPath));
}
/**
 * The listing port over this walk. Patterns are rooted at `root` (the workspace). Links to
 * directories are followed; one that leads back to a directory above it is an error for that path
 * (when the path itself matched), not the end of the scan.
 */
function walkingGlob(root, homedir) {
    return async (patterns) => walk(parsePatterns(patterns, external_node_path_default().resolve(root), homedir), external_node_path_default().resolve(root));
}
async function walk(patterns, root) {
    const found = { paths: [], kinds: [], brokenLinks: [], followsLinks: true };
    const includes = patterns.filter((pattern) => !pattern.negate);
    const excludes = patterns.filter((pattern) => pattern.negate);
    const couldMatchBelow = (directory) => includes.some((pattern) => pattern.couldMatchBelow(directory));
    // A tree every entry of which matches (`dist/**` and no exclude that could reach into it) is walked
    // without matching each entry: minimatch per entry was most of the listing time.
    const allBelow = (directory) => includes.some((pattern) => pattern.matchesAllBelow(directory)) && !excludes.some((pattern) => pattern.couldMatchBelow(directory));
    const add = (text, bytes, kind) => {
        found.paths.push(bytes ?? text);
        found.kinds.push(kind);
    };
    const stack = [];
    /** One matched-or-partly-matched entry, whatever its type; directories go on the stack. */
    /** One entry (its directory entry, or its lstat for a search path); directories go on the stack. */
    const examine = (text, bytes, entry, parent, known) => {
        const kind = known ?? matchKind(patterns, text);
        if (kind === 0 && !couldMatchBelow(text))
            return;
        let info;
        // A link is followed; an entry of unknown type (some file systems say none) is looked at.
        if (entry.isSymbolicLink() || !(entry.isFile() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice())) {
            try {
                info = (0,external_node_fs_.statSync)(bytes ?? text);
            }
            catch (error) {
                if (error.code === 'ENOENT') {
                    if (kind & MATCH_FILE && entry.isSymbolicLink())
                        found.brokenLinks.push(bytes ? showBytes(bytes) : text);
                    return; // gone since the directory was read: nothing to judge
                }
                if (kind & MATCH_FILE)
                    add(text, bytes, { error: describeStatError(error) });
                return;
            }
        }
        if (info ? info.isDirectory() : entry.isDirectory()) {
            let id;
            try {
                const { dev, ino } = info ?? (entry instanceof external_node_fs_.Stats ? entry : (0,external_node_fs_.statSync)(bytes ?? text));
                id = `${dev}:${ino}`;
            }
            catch (error) {
                if (kind !== 0)
                    add(text, bytes, { error: describeStatError(error) });
                return;
            }
            for (let above = parent; above; above = above.parent) {
                if (above.id !== id)
                    continue;
                // Everything below it is walked already; only a path that was itself matched is worth a word.
                if (kind !== 0)
                    add(text, bytes, { error: `it is a symbolic link loop (ELOOP): it leads back to ${describePath(above.bytes ? showBytes(above.bytes) : above.text, root).displayPath}` });
                return;
            }
            stack.push({ text, bytes, id, parent });
            return;
        }
        if (!(kind & MATCH_FILE))
            return;
        const regular = info ? info.isFile() : entry.isFile();
        add(text, bytes, regular ? FILE : { special: specialFileType(info ?? entry) });
    };
    for (const searchPath of searchPaths(patterns)) {
        let entry;
        try {
            entry = (0,external_node_fs_.lstatSync)(searchPath, { throwIfNoEntry: false });
        }
        catch (error) {
            add(searchPath, null, { error: describeStatError(error) });
            continue;
        }
        if (entry)
            examine(searchPath, null, entry, null); // a search path that does not exist matches nothing
    }
    let lastYield = performance.now();
    while (stack.length > 0) {
        const directory = stack.pop();
        let entries;
        try {
            entries = readEntries(directory);
        }
        catch (error) {
            // A directory that cannot be listed may hide artifacts: an error for it, never a silent gap.
            add(directory.text, directory.bytes, { error: describeStatError(error) });
            continue;
        }
        const prefix = directory.text === '/' ? '' : directory.text;
        const prefixSlash = `${prefix}/`; // one string joined per entry, not two
        const known = allBelow(directory.text) ? MATCH_ALL : undefined;
        for (const entry of entries) {
            const name = entry.name;
            if (typeof name === 'string') {
                const text = prefixSlash + name;
                // The common case, a plain file in a tree that matches whole, added without examining it.
                if (known === MATCH_ALL && entry.isFile()) {
                    // Reading a character makes V8 join the two pieces now, while they are young: the collector
                    // then drops the pieces instead of copying them with every path kept (50,000 files: about 5 ms).
                    text.charCodeAt(0);
                    add(text, null, FILE);
                }
                else
                    examine(text, null, entry, directory, known);
            }
            else {
                // Patterns see U+FFFD for bytes that are not UTF-8 (as @actions/glob would); the bytes are kept.
                const bytes = directory.bytes || !(0,external_node_buffer_.isUtf8)(name) ? Buffer.concat([directory.bytes ?? Buffer.from(prefix), SEPARATOR, name]) : null;
                examine(prefixSlash + name.toString(), bytes, entry, directory, known);
            }
        }
        if (performance.now() - lastYield >= YIELD_EVERY_MS) {
            await new Promise((resolve) => setImmediate(resolve));
            lastYield = performance.now();
        }
    }
    return found;
}
/**
 * A directory's entries, names as text; read again with names as bytes only when one is not
 * UTF-8 (it comes back with U+FFFD), so the common case makes no Buffer per name.
 */
function readEntries(directory) {
    if (directory.bytes)
        return (0,external_node_fs_.readdirSync)(directory.bytes, { withFileTypes: true, encoding: 'buffer' });
    const entries = (0,external_node_fs_.readdirSync)(directory.text, { withFileTypes: true });
    if (!entries.some((entry) => entry.name.includes('\uFFFD')))
        return entries;
    return (0,external_node_fs_.readdirSync)(directory.text, { withFileTypes: true, encoding: 'buffer' });
}

;// CONCATENATED MODULE: ./src/report/text.ts
// Escaping for text that comes from outside (file names, threat names, service messages).
/** How much of one outside text (a threat or engine name, a service's message) is shown. */
const MAX_SHOWN_CHARS = 300;
/**
 * The text cut to `max` characters with a marker saying how much was left out, so one huge name from
 * the service cannot crowd out the rest of a report. Never splits a surrogate pair.
 */
function text_clip(text, max = MAX_SHOWN_CHARS) {
    if (text.length <= max)
        return text;
    const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
/**
 * Characters that change how the text around them is shown without being seen themselves:
 * bidirectional embeddings, overrides and isolates, zero-width spaces, joiners and marks, and the BOM.
 * Raw, they let `evil\u202egpj.exe` read as `evilexe.jpg`.
 */
const INVISIBLE_FORMAT = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Invisible format characters shown as `\uXXXX`, for text whose line breaks are escaped elsewhere. */
function escapeInvisible(text) {
    return text.replace(INVISIBLE_FORMAT, unicodeEscape);
}
/**
 * Control and invisible format characters shown as visible escapes, so a name can never start a new
 * log line, break a block, or show itself in another order than it is written.
 */
function oneLine(text) {
    return escapeInvisible(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => {
        if (char === '\n')
            return '\\n';
        if (char === '\r')
            return '\\r';
        if (char === '\t')
            return '\\t';
        return unicodeEscape(char);
    });
}
function unicodeEscape(char) {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** An engine's verdict as shown in messages: `Engine: threat name`, both clipped. */
function describeDetection({ engine, result }) {
    return result ? `${text_clip(engine)}: ${text_clip(result)}` : text_clip(engine);
}
const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Text safe inside HTML and Markdown: HTML specials become entities, and Markdown's and GitHub's
 * specials (table pipes, backticks, emphasis, links, math, @mentions, #refs) become numeric
 * references, which render as themselves but are never read as syntax. What GitHub would autolink
 * (`https://…`, `www.…`) has its `:` or `.` wrapped in a `<span>`: autolinking works on runs of text,
 * and an entity alone is decoded back into the run before it does.
 */
function escapeHtml(text) {
    return oneLine(text)
        .replace(/[&<>"'|`*_[\]\\~$@#]/g, (char) => HTML_ENTITIES[char] ?? `&#${char.charCodeAt(0)};`)
        .replace(/:(?=\/\/)|(?<=www)\./gi, (char) => `<span>${char}</span>`);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** A date as YYYY-MM-DD (UTC), or an em dash when the service gave none. */
function formatDate(date) {
    return date ? date.toISOString().slice(0, 10) : '—';
}
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ./src/report/findings.ts
// What every report agrees on: which artifacts need attention, the order they are listed in (worst
// first), how a hash is shortened and how detections read. Plain text; each renderer escapes.



const CONSEQUENCE_ORDER = ['fail', 'warn', 'pass'];
/** How each status reads in the summary and the release notes. */
const STATUS_LABELS = {
    malicious: '🔴 malicious',
    suspicious: '🟠 suspicious',
    error: '⚠️ error',
    unscanned: '🚧 unscanned',
    flagged: '🟡 flagged',
    unanalysed: '❔ unanalysed',
    pending: '🕓 pending',
    unknown: '❔ unknown',
    allowed: '☑️ allowed',
    clean: '✅ clean',
};
/** Characters of a SHA-256 shown where room is short; the full hash goes in the link title and the details. */
const SHORT_HASH_LENGTH = 12;
function shortHash(sha256) {
    return sha256.slice(0, SHORT_HASH_LENGTH);
}
/** Neither clean nor allowed: an artifact someone has to look at, whatever the policy made of it. */
function needsAttention(result) {
    return result.status !== 'clean' && result.status !== 'allowed';
}
/**
 * Most serious first: failing before warning before passing, malicious before errors before
 * unknowns, and within a status the most detected first. Ties keep their order (sorted by path).
 */
function worstFirst(results) {
    const rank = (r) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
    const detections = (r) => (r.status === 'suspicious' ? (r.counted?.suspicious ?? 0) : (r.counted?.malicious ?? 0));
    return [...results].sort((a, b) => rank(a) - rank(b) || detections(b) - detections(a) || (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
}
/** The detections that count toward the thresholds (ignored engines left out), of one category or all. */
function countedEngines(report, policy, category) {
    return report?.detections.filter((d) => (category === undefined || d.category === category) && !isIgnoredEngine(policy, d.engine)) ?? [];
}
/** A report's detections, each marked whether the policy ignores its engine. */
function markIgnored(report, policy) {
    return report?.detections.map((d) => ({ ...d, ignored: isIgnoredEngine(policy, d.engine) })) ?? [];
}
/** The detections of engines the policy ignores, as the service spelled their names. */
function ignoredDetections(result, policy) {
    return result.report?.detections.filter((d) => isIgnoredEngine(policy, d.engine)) ?? [];
}
/**
 * The detections as short lines, counted apart from ignored: `3/79 malicious`, `2 suspicious`,
 * `+1 ignored`. The line the status is about comes first, so a suspicious artifact never reads as
 * `0/69`; an unanalysed one says how many engines gave a verdict against min-engines. Null without a report.
 */
function detectionLines(result, policy) {
    const { report, counted } = result;
    if (!report || !counted)
        return null;
    const status = result.allowed?.otherwise ?? result.status;
    const lines = [];
    if (status === 'unanalysed') {
        lines.push(`${plural(analysedEngines(report), 'verdict')}`, `min-engines=${policy.minEngines}`);
        if (counted.malicious > 0)
            lines.push(`${counted.malicious} malicious`);
    }
    else if (status === 'suspicious') {
        lines.push(`${counted.suspicious}/${report.engineCount} suspicious`);
        if (counted.malicious > 0)
            lines.push(`${counted.malicious} malicious`);
    }
    else {
        lines.push(`${counted.malicious}/${report.engineCount} malicious`);
    }
    if (status !== 'suspicious' && counted.suspicious > 0)
        lines.push(`${counted.suspicious} suspicious`);
    const ignored = ignoredDetections(result, policy).length;
    if (ignored > 0)
        lines.push(`+${ignored} ignored`);
    return lines;
}
/**
 * Ignored engine names as the service spells them (the policy keeps them lower-cased), in the
 * policy's order; a name no report mentions stays as given.
 */
function ignoredEngineNames(results, policy) {
    const spelled = new Map();
    for (const result of results)
        for (const d of ignoredDetections(result, policy))
            if (!spelled.has(d.engine.toLowerCase()))
                spelled.set(d.engine.toLowerCase(), d.engine);
    return policy.ignoreEngines.map((name) => spelled.get(name) ?? name);
}
/** fail-engines names as the service spells them (the policy keeps them lower-cased), in the policy's order. */
function failEngineNames(results, policy) {
    const spelled = new Map();
    for (const result of results)
        for (const engine of result.decidedBy.engines ?? [])
            if (!spelled.has(engine.toLowerCase()))
                spelled.set(engine.toLowerCase(), engine);
    return policy.failEngines.map((name) => spelled.get(name) ?? name);
}
/** A sentence that ends in exactly one full stop, whatever the text it ends with. */
function sentence(text) {
    const trimmed = text.trimEnd();
    return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/**
 * What an upload in this run did for the artifact, in words, with the analysis link where the provider
 * has one: "Analysed now (uploaded in this run)" or "Uploaded; the analysis is not complete". Null
 * when nothing was uploaded.
 */
function describeUpload(result, provider) {
    const submission = result.submission;
    if (!submission || submission.state === 'not-uploaded')
        return null;
    const link = submission.analysisId ? analysisLink(provider, submission.analysisId) : null;
    return { text: submission.state === 'analysed' ? 'Analysed now (uploaded in this run)' : 'Uploaded; the analysis is not complete', link };
}
/**
 * Why an artifact was not scanned fully, as a sentence: `dist/a.zip!/x.so was not read: it is encrypted.`
 * (a member without a hash) or `dist/a.zip was not scanned fully: it could not be read as zip: …`. Null when it was.
 */
function describeUnscanned({ artifact, sha256 }) {
    if (artifact.unscanned === undefined)
        return null;
    return sentence(`${artifact.displayPath} ${sha256 === null ? 'was not read' : 'was not scanned fully'}: ${artifact.unscanned}`);
}
/** Members shown by name where an archive says why it fails; the rest are counted. */
const MEMBERS_NAMED = 3;
/** `dist/a.zip!/x.so, dist/a.zip!/y.so and 4 more`: the failing members an archive holds, each on one line. Null when none fail. */
function describeFailingMembers(result) {
    const paths = result.failingMembers?.paths;
    if (!paths)
        return null;
    // One line wherever the decision goes (a log line, a table cell): a member's name is outside text.
    const named = paths.slice(0, MEMBERS_NAMED).map(oneLine);
    const more = paths.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/decision.ts
// Which rule decided an artifact, in one wording shared by every report: the job summary, the
// annotations, SARIF, the JSON report, JUnit, Code Quality, the console table and the log lines.





const OUTCOME_WORDS = { fail: 'failed', warn: 'warning', pass: 'passed' };
/** `failed: Kaspersky is in fail-engines`: what the policy made of the artifact, and which rule made it so. One line. */
function describeDecision(result, policy, provider) {
    const expired = result.decidedBy.expiredAllow;
    const own = `${OUTCOME_WORDS[ownConsequence(result)]}: ${decisionReason(result, policy, provider)}${expired ? `; ${describeExpiry(expired)}` : ''}`;
    // An archive fails with the members it holds; what its own hash made of it comes after.
    const members = describeFailingMembers(result);
    if (members === null)
        return own;
    const count = result.failingMembers.paths.length;
    return `${OUTCOME_WORDS.fail}: it holds ${count === 1 ? 'a failing member' : `${count} failing members`}: ${members}; by its own hash, ${own}`;
}
/** The rule each status has when nothing but its own threshold or setting decided it. */
const USUAL_RULE = {
    malicious: 'max-malicious',
    suspicious: 'max-suspicious',
    error: 'on-error',
    unscanned: 'on-error',
    flagged: 'warn-malicious',
    unanalysed: 'min-engines',
    pending: 'on-unknown',
    unknown: 'on-unknown',
    allowed: 'allow',
    clean: 'within-thresholds',
};
/** Whether the status alone says which rule decided; where room is short, only the other decisions need saying. */
function decidedAsUsual(result) {
    return result.decidedBy.rule === USUAL_RULE[result.status] && result.decidedBy.expiredAllow === undefined && result.failingMembers === undefined;
}
/** The decision as a sentence of its own, after others: `Failed: Kaspersky is in fail-engines.` */
function decisionSentence(decision) {
    return sentence(decision.charAt(0).toUpperCase() + decision.slice(1));
}
/** The rule's half of the decision, without the outcome: `Kaspersky is in fail-engines`. */
function decisionReason(result, policy, provider) {
    const { report, counted } = result;
    const consequence = ownConsequence(result);
    const of = report ? ` of ${report.engineCount}` : '';
    const malicious = counted?.malicious ?? 0;
    const say = (count, category) => `${count}${of} engine${report?.engineCount === 1 && count === 1 ? '' : 's'} say${count === 1 ? 's' : ''} ${category}`;
    switch (result.decidedBy.rule) {
        case 'allow': {
            const entry = result.item ? policy.allowUrlEntries?.[result.item.url] : policy.allowEntries[result.sha256 ?? ''];
            return `allowed by ${entry ? entryName(entry) : 'allow'} (${oneLine(result.allowed?.reason ?? '')})${entry?.expires ? `, until it expires on ${entry.expires}` : ''}`;
        }
        case 'fail-engines': {
            const engines = (result.decidedBy.engines ?? []).map(oneLine);
            return `${joinAnd(engines)} ${engines.length === 1 ? 'is' : 'are'} in fail-engines`;
        }
        case 'max-malicious':
            return `${say(malicious, 'malicious')}, more than max-malicious=${policy.maxMalicious}`;
        case 'max-malicious-percent': {
            const analysed = report ? analysedEngines(report) : 0;
            return `${malicious} of ${plural(analysed, 'engine')} with a verdict say${malicious === 1 ? 's' : ''} malicious (${share(malicious, analysed)} %), more than max-malicious-percent=${policy.maxMaliciousPercent}`;
        }
        case 'max-suspicious':
            return `${say(counted?.suspicious ?? 0, 'suspicious')}, more than max-suspicious=${policy.maxSuspicious}`;
        case 'min-engines':
            return `verdicts from only ${plural(report ? analysedEngines(report) : 0, 'engine')}, fewer than min-engines=${policy.minEngines} (on-unknown=${consequence})`;
        case 'warn-malicious':
            return `${say(malicious, 'malicious')}, more than warn-malicious=${policy.warnMalicious} and not more than max-malicious=${policy.maxMalicious}`;
        case 'within-thresholds':
            return `${say(malicious, 'malicious')}, not more than max-malicious=${policy.maxMalicious}`;
        case 'on-unknown':
            // A pending upload is judged like an unknown file, but the service has it now.
            if (result.status === 'pending')
                return `uploaded, not yet analysed by ${PROVIDERS[provider].name} (on-unknown=${consequence})`;
            return `unknown to ${PROVIDERS[provider].name} (on-unknown=${consequence})`;
        case 'on-error':
            // Not scanned fully (an archive not opened, a member not read) is judged like an error: it may hide what the gate looks for.
            if (result.status === 'unscanned')
                return `not scanned fully (on-error=${consequence})`;
            return `could not be checked (on-error=${consequence})`;
        case 'unusable-service':
            return 'nothing could be checked with this key and api-url, whatever on-error says';
    }
}
/** `allow line 3 (for 3f0c9a5e0d1b…) expired on 2026-11-01 and no longer allows`. */
function describeExpiry(expired) {
    return `its entry in ${entryName(expired)} expired on ${expired.expires} and no longer allows`;
}
/** The warning for an expired entry, which names the line and the date. */
function describeExpiredAllow(expired) {
    // A URL is named as people are shown it: masked and defanged.
    const [subject, judged] = expired.url === undefined ? [expired.sha256, 'an artifact with that hash is'] : [oneLine(defang(expired.url)), 'that URL is'];
    return (`${entryName(expired)} allowed ${subject} (${oneLine(expired.reason)}) until ${expired.expires}: from that day it no longer allows, ` +
        `and ${judged} judged like any other. Remove the line, or give it a new date once the reason is checked again.`);
}
/** `allow line 2`, `allow-file (.github/allow.txt) line 3`. */
function entryName(entry) {
    return `${oneLine(entry.source)} line ${entry.line}`;
}
/** The share with one decimal, never rounded up to the limit it is compared with. */
function share(count, total) {
    return total === 0 ? '0' : (Math.floor((count * 10_000) / total) / 100).toString();
}
function joinAnd(parts) {
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// Annotations: which ones, in which order, and the cap GitHub puts on them (10 errors and 10 warnings
// a step). Planning is pure; src/action/annotations.ts emits the plan as workflow commands.






/** GitHub shows at most this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
const ENGINES_IN_MESSAGE = 8;
/**
 * The annotations to emit, worst first and within GitHub's caps. `failing` leaves one error for the
 * line core.setFailed adds, so the reason the job failed is never the one GitHub hides.
 */
function planAnnotations(results, provider, policy, failing = false, expiredAllows = []) {
    const shown = [];
    const hidden = { error: 0, warning: 0, notice: 0 };
    const room = { error: ANNOTATIONS_PER_LEVEL - (failing ? 1 : 0), warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL };
    // Each is described only when shown, and counted otherwise: 100,000 artifacts would otherwise make
    // 100,000 messages (or 100,000 deferred ones) for 10 annotations.
    const offer = (level, make) => {
        if (room[level] > 0) {
            shown.push(make());
            room[level]--;
        }
        else {
            hidden[level]++;
        }
    };
    // An expired allow line comes first: it explains the verdicts after it, and it takes its place in GitHub's cap like them.
    for (const annotation of planExpiredAllowAnnotations(expiredAllows))
        offer(annotation.level, () => annotation);
    let scanStopSaid = false;
    for (const result of worstFirst(results)) {
        // A refused key (or another error that ended the scan) fails every artifact left the same way:
        // the failure line says it, once; under on-error=warn, one warning says it.
        if (endedScan(result.error)) {
            if (result.consequence === 'fail' || scanStopSaid)
                continue;
            scanStopSaid = true;
        }
        // By its own verdict: an archive that fails only through its members is pointed at by their annotations.
        if (ownConsequence(result) === 'pass') {
            // A passing verdict on an old report still deserves a word: the file may have been re-judged since.
            if (result.staleDays !== null && result.status !== 'allowed')
                offer('warning', () => describeStale(result, policy));
            continue;
        }
        offer(levelOf(result), () => annotations_describe(result, provider, policy));
    }
    const hiddenParts = [hidden.error && plural(hidden.error, 'error'), hidden.warning && plural(hidden.warning, 'warning')].filter(Boolean);
    if (hiddenParts.length > 0) {
        shown.push({
            level: 'notice',
            title: 'More findings in the job summary',
            message: `${hiddenParts.join(' and ')} more ${hidden.error + hidden.warning === 1 ? 'is' : 'are'} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each kind); the job summary and the JSON report list every artifact.`,
        });
    }
    return shown;
}
/** Where GitHub attaches the annotation: a member of an archive points at the archive's file. */
function annotatedFile(artifact) {
    return artifact.inWorkspace ? { file: outerPath(artifact) } : {};
}
function levelOf(result) {
    return ownConsequence(result) === 'fail' ? 'error' : 'warning';
}
function annotations_describe(result, provider, policy) {
    const { artifact, report, sha256, counted } = result;
    const level = levelOf(result);
    const file = annotatedFile(artifact);
    const providerName = PROVIDERS[provider].name;
    const link = sha256 ? reportLink(provider, sha256) : null;
    const hashText = sha256 ? ` (SHA-256 ${sha256})` : '';
    // A verdict from this run's own upload says so: the file was unknown until now.
    const linkText = `${result.submission?.state === 'analysed' ? ' Analysed now (uploaded in this run).' : ''}${link ? ` Report: ${link}` : ''}`;
    const stale = result.staleDays !== null ? ` The report is ${result.staleDays} days old (max-report-age-days=${policy.maxReportAgeDays}).` : '';
    const decision = ` ${decisionSentence(describeDecision(result, policy, provider))}`;
    if ((result.status === 'malicious' || result.status === 'suspicious' || result.status === 'flagged') && report && counted) {
        const category = result.status === 'suspicious' ? 'suspicious' : 'malicious';
        const engines = countedEngines(report, policy, category);
        const named = engines.slice(0, ENGINES_IN_MESSAGE).map(describeDetection);
        const more = engines.length > ENGINES_IN_MESSAGE ? `, and ${engines.length - ENGINES_IN_MESSAGE} more` : '';
        const count = counted[category];
        return {
            level,
            title: `${TITLES[result.status]} artifact: ${count}/${report.engineCount} engines`,
            message: `${artifact.displayPath}${hashText} is flagged ${category} by ${count} of ${report.engineCount} engines: ${named.join(', ')}${more}.${report.contradiction ? ` ${report.contradiction}` : ''}${decision}${stale}${linkText}`,
            ...file,
        };
    }
    if (result.status === 'unanalysed' && report) {
        return {
            level,
            title: `Not analysed by ${providerName}`,
            message: `${artifact.displayPath}${hashText} has a report with verdicts from only ${plural(analysedEngines(report), 'engine')} (min-engines=${policy.minEngines}): ${providerName} has not really analysed it yet.${decision}${stale}${linkText}`,
            ...file,
        };
    }
    if (result.status === 'pending') {
        const analysis = result.submission?.analysisId ? (analysisLink(provider, result.submission.analysisId) ?? `analysis ${result.submission.analysisId}`) : null;
        return {
            level,
            title: `Analysis pending at ${providerName}`,
            message: `${artifact.displayPath}${hashText} was uploaded, and its analysis did not complete in time (${text_clip(result.submission?.reason ?? '')}), so it has no verdict yet.${decision}${analysis ? ` Analysis: ${analysis}` : ''}`,
            ...file,
        };
    }
    if (result.status === 'unknown') {
        return {
            level,
            title: `Unknown to ${providerName}`,
            message: `${artifact.displayPath}${hashText} has never been seen by ${providerName}, so it has no reputation yet.${result.submission?.reason ? ` Not uploaded: ${text_clip(result.submission.reason)}.` : ''}${decision}`,
            ...file,
        };
    }
    if (result.status === 'unscanned') {
        const what = sha256 === null ? 'was not read' : 'was not scanned fully';
        return {
            level,
            title: sha256 === null ? 'Archive member not read' : artifact.member ? 'Archive member not scanned fully' : 'Archive not scanned fully',
            message: `${artifact.displayPath}${hashText} ${what}: ${sentence(text_clip(artifact.unscanned ?? 'no reason given'))}${decision}${linkText}`,
            ...file,
        };
    }
    return {
        level,
        title: result.error?.kind === 'file' ? 'Artifact could not be read' : 'Reputation lookup failed',
        message: `${artifact.displayPath}${hashText} could not be checked: ${sentence(text_clip(result.error?.message ?? 'unknown error'))}${decision}`,
        ...file,
    };
}
const TITLES = { malicious: 'Malicious', suspicious: 'Suspicious', flagged: 'Flagged' };
/** One warning per expired allow entry, at its line when it is in an allow-file of the workspace. */
function planExpiredAllowAnnotations(expired) {
    return expired.map((entry) => ({
        level: 'warning',
        title: 'Allow entry expired',
        message: describeExpiredAllow(entry),
        ...(entry.file !== null && { file: entry.file, line: entry.line }),
    }));
}
function describeStale(result, policy) {
    const { artifact, report } = result;
    return {
        level: 'warning',
        title: 'Stale reputation report',
        message: `${artifact.displayPath} was last analysed ${result.staleDays} days ago (${formatDate(report?.lastAnalysed ?? null)}), ` +
            `more than max-report-age-days=${policy.maxReportAgeDays}: the verdict may be stale. Ask the service to reanalyse it.`,
        ...annotatedFile(artifact),
    };
}

;// CONCATENATED MODULE: ./src/report/console.ts



const SKIPPED_LISTED = 10;
function describeSkipped(skipped) {
    const listed = skipped.slice(0, SKIPPED_LISTED).map(({ path: skippedPath, reason }) => `${skippedPath} (${reason})`);
    const more = skipped.length > SKIPPED_LISTED ? `, and ${skipped.length - SKIPPED_LISTED} more` : '';
    return oneLine(`Skipped ${plural(skipped.length, 'matched path')} that ${skipped.length === 1 ? 'is' : 'are'} not a file to check: ${listed.join(', ')}${more}.`);
}
function describeNoFiles(patterns) {
    return `No files were found with the provided patterns: ${oneLine(patterns.trim().split('\n').join(', '))}. No artifacts were checked.`;
}
function describeChecking(artifacts, providerName, apiUrl, urls = 0) {
    return `Checking ${plural(artifacts, 'artifact')}${andUrls(urls)} against ${providerName} (${apiUrl}).`;
}
/** ` and 3 URLs` when URLs are checked beside the artifacts or hashes. */
function andUrls(urls) {
    return urls > 0 ? ` and ${plural(urls, 'URL')}` : '';
}
function describePassed(summary) {
    const urls = summary.urls ? plural(summary.urls.length, 'URL') : '';
    if (summary.urlsOnly)
        return `Gate passed: ${urls} checked.`;
    return `Gate passed: ${plural(summary.counts.scanned, 'artifact')}${urls ? ` and ${urls}` : ''} checked.`;
}
/** A run given URLs and no `files`: said instead of describeChecking (and of the no-files warning). */
function describeCheckingUrls(urls, providerName, apiUrl) {
    return `No files given: checking ${plural(urls, 'URL')} only against ${providerName} (${apiUrl}).`;
}
/**
 * The heading of the results and one line per artifact, worst first, with the detections as every
 * report reads them (counted and ignored apart) and the rule that decided; null when there is nothing
 * to list. Each line is rendered when it is read: 100,000 artifacts never make 100,000 lines at once.
 */
function describeResults(summary, policy, provider) {
    if (summary.results.length === 0)
        return null;
    const { counts } = summary;
    const flagged = counts.flagged > 0 ? `${counts.flagged} flagged, ` : '';
    const pending = counts.pending > 0 ? `, ${counts.pending} pending` : '';
    const unscanned = counts.unscanned > 0 ? `, ${counts.unscanned} unscanned` : '';
    const title = `Results: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${flagged}${counts.unknown + counts.unanalysed} unknown${pending}, ${counts.error} errors${unscanned}, ${counts.allowed} allowed, ${counts.clean} clean`;
    return { title, lines: resultLines(worstFirst(summary.results), policy, provider) };
}
function* resultLines(ordered, policy, provider) {
    for (const result of ordered)
        yield resultLine(result, policy, provider);
}
function resultLine(result, policy, provider) {
    const { artifact, status, report, error, allowed, submission } = result;
    const detections = detectionLines(result, policy);
    const unscanned = artifact.unscanned === undefined ? null : `: ${result.sha256 === null ? 'not read' : 'not scanned fully'}: ${text_clip(artifact.unscanned)}`;
    const details = [allowed ? `(${text_clip(allowed.reason)})` : null, detections ? detections.join(', ') : null, error ? `: ${text_clip(error.message)}` : null, unscanned, report?.contradiction ?? null].filter((part) => part !== null);
    const detail = details.map((part) => (part.startsWith(':') ? part : ` ${part}`)).join('');
    const submitted = submission ? describeSubmission(submission) : '';
    return `${status.padEnd(10)} ${oneLine(artifact.displayPath)}${oneLine(detail + submitted)} — ${describeDecision(result, policy, provider)}`;
}
/** How an upload went, after an artifact's verdict: analysed now, pending with its analysis, or why not uploaded. */
function describeSubmission({ state, analysisId, reason }) {
    if (state === 'analysed')
        return ` (analysed now${analysisId ? `, analysis ${analysisId}` : ''})`;
    if (state === 'pending')
        return ` (uploaded, analysis ${analysisId} not complete: ${text_clip(reason ?? '')})`;
    return ` (not uploaded: ${text_clip(reason ?? '')})`;
}
/** Said once when uploads are on: what an upload means for the files, in plain words. */
function describeUploadsOn(providerName, patterns) {
    const shown = oneLine(patterns.trim().split(/\r?\n/).join(', '));
    return (`upload-unknown is on: a file ${providerName} has never seen is uploaded for analysis when upload-files (${shown}) matches it. ` +
        `What is uploaded becomes available to ${providerName}'s premium customers, and the public API is not for commercial workflows; ` +
        'narrow upload-files to keep files private.');
}
/** The one line a cancelled run leaves: how far it got, so a re-run can be judged worth it. */
function describeCancelled(signal, { stage, artifacts, hashed, lookups }) {
    const where = stage === 'listing'
        ? 'while listing the files to check'
        : stage === 'judging'
            ? `after checking all ${plural(artifacts, 'artifact')}, while writing the reports`
            : `after hashing ${hashed} of ${plural(artifacts, 'artifact')} and looking up ${lookups?.done ?? 0} of ${plural((lookups?.done ?? 0) + (lookups?.pending ?? 0), 'unique hash', 'unique hashes')} found so far`;
    return `The scan was cancelled (${signal}) ${where}; no verdict was reached.`;
}

;// CONCATENATED MODULE: ./src/report/cache-use.ts

/**
 * "114 of 120 unique hashes from the cache (up to 6 h old), 6 looked up", with "and 2 of 3 URLs" when
 * URLs were looked up too; null when the cache was off or nothing was asked.
 */
function describeCacheUse(use, now = new Date()) {
    if (use === null)
        return null;
    const kinds = [{ reused: use.reused, lookedUp: use.lookedUp, one: 'unique hash', many: 'unique hashes' }, ...(use.urls ? [{ ...use.urls, one: 'URL', many: 'URLs' }] : [])].filter((kind) => kind.reused + kind.lookedUp > 0);
    if (kinds.length === 0)
        return null;
    const reused = kinds.reduce((sum, kind) => sum + kind.reused, 0);
    const lookedUp = kinds.reduce((sum, kind) => sum + kind.lookedUp, 0);
    const counted = kinds.map((kind) => `${reused === 0 ? '' : `${kind.reused} of `}${plural(kind.reused + kind.lookedUp, kind.one, kind.many)}`).join(' and ');
    if (reused === 0)
        return `Verdict cache: none of ${counted} from the cache, ${lookedUp} looked up.`;
    const age = use.oldestFetchedAt === null ? '' : ` (up to ${describeAge(now.getTime() - use.oldestFetchedAt.getTime())} old)`;
    return `Verdict cache: ${counted} from the cache${age}, ${lookedUp} looked up.`;
}
/** An age in the largest unit that reads well: "40 s", "12 min", "6 h", "3 d". */
function describeAge(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    if (seconds < 3600)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 48 * 3600)
        return `${Math.round(seconds / 3600)} h`;
    return `${Math.round(seconds / 86_400)} d`;
}
/** The JSON report's `cache` member: what the run reused and asked, and the age of the oldest reuse. */
function cacheUseData(use, now) {
    if (use === null)
        return null;
    const oldest = use.oldestFetchedAt;
    return {
        reused: use.reused,
        lookedUp: use.lookedUp,
        urls: use.urls ?? null, // URLs answered from the cache and asked; null when the run looked no URL up
        oldestFetchedAt: oldest?.toISOString() ?? null,
        oldestAgeSeconds: oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)),
        problems: use.problems,
    };
}
/** The job summary's note on the cache, kept apart from summary.ts: a paragraph, or '' when there is nothing to say. */
function summaryCacheNote(use, now = new Date()) {
    const line = describeCacheUse(use, now);
    return line === null ? '' : `\n<p><sub>${escapeHtml(line)}</sub></p>\n`;
}

;// CONCATENATED MODULE: ./src/report/json-report.ts








/** Failing members an archive's entry names; the members' own entries are all in the report. */
const FAILING_MEMBERS_LISTED = 10;
/** 3: URLs (`urls`, `urlCounts`, `policy.allowUrls`), the verdict cache, `decidedBy` and `expiredAllows`. */
const REPORT_SCHEMA_VERSION = 3;
function reportHeader(scan, context) {
    return {
        schema: `${ACTION_NAME}/report`,
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: ACTION_NAME, version: ACTION_VERSION },
        generatedAt: context.generatedAt.toISOString(),
        provider: context.provider,
        apiUrl: context.apiUrl,
        policy: maskedPolicy(context.policy),
        result: scan.result,
        failureMessage: scan.failureMessage,
        counts: scan.counts,
        cache: cacheUseData(context.cache ?? null, context.generatedAt),
        expiredAllows: scan.expiredAllows.map((entry) => ({ ...entry, warning: describeExpiredAllow(entry) })),
        urlCounts: urlCounts(scan.urls ?? []),
    };
}
/** The policy as parsed, with allowed URLs masked as everywhere else (a URL may hold a token). */
function maskedPolicy(policy) {
    if (!policy.allowUrls)
        return policy;
    const masked = (byUrl) => Object.fromEntries(Object.entries(byUrl ?? {}).map(([url, value]) => [parseUrlLine(url).display, value]));
    return { ...policy, allowUrls: masked(policy.allowUrls), allowUrlEntries: masked(policy.allowUrlEntries) };
}
function reportArtifact(result, provider, policy) {
    const { artifact, report, error, sha256 } = result;
    return {
        path: artifact.displayPath, // a hash list's entries: the hash as given
        container: artifact.member?.chain.slice(0, -1) ?? null, // v3: the archives holding a member, outermost first
        size: artifact.hash ? null : artifact.size,
        hashKind: artifact.hash?.kind ?? null, // set for a hash list's entries: what the hash in `path` is
        sha256,
        status: result.status,
        consequence: result.consequence,
        link: sha256 ? reportLink(provider, sha256) : null,
        allowedReason: result.allowed?.reason ?? null,
        statusIfNotAllowed: result.allowed?.otherwise ?? null,
        decidedBy: { ...result.decidedBy, text: describeDecision(result, policy, provider) },
        ...reportAnalysis(result, policy),
        suggestedThreatLabel: report?.suggestedThreatLabel ?? null,
        firstSeen: report?.firstSeen?.toISOString() ?? null,
        lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
        staleDays: result.staleDays,
        cachedAt: result.cachedAt?.toISOString() ?? null, // when the answer reused from the verdict cache was fetched
        unscanned: artifact.unscanned ?? null, // v3: why it was not scanned fully (status `unscanned` unless its own hash fails it)
        // v3: an archive holding members that fail: it fails with them (the first few named), and what its own hash made of it.
        failingMembers: result.failingMembers
            ? { count: result.failingMembers.paths.length, paths: result.failingMembers.paths.slice(0, FAILING_MEMBERS_LISTED), ownConsequence: result.failingMembers.ownConsequence }
            : null,
        error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
        // upload-unknown: `analysed` (judged by the analysis of this run's upload), `pending` or `not-uploaded`.
        upload: result.submission
            ? {
                state: result.submission.state,
                analysisId: result.submission.analysisId,
                analysisLink: result.submission.analysisId ? analysisLink(provider, result.submission.analysisId) : null,
                reason: result.submission.reason,
            }
            : null,
    };
}
/** What artifacts and URLs report alike of their analysis, in this order. */
function reportAnalysis(result, policy) {
    const { report } = result;
    return {
        stats: report?.stats ?? null,
        engineCount: report?.engineCount ?? null,
        analysedEngines: report ? analysedEngines(report) : null,
        counted: result.counted,
        contradiction: report?.contradiction ?? null, // the stats count fewer detections than the engines listed
        detections: markIgnored(report, policy),
        threatNames: report?.threatNames ?? [],
    };
}
/** The report as pieces, artifact by artifact, for writeReportFile: 100,000 artifacts never make one huge string. */
function* jsonReportText(scan, context) {
    const header = JSON.stringify(reportHeader(scan, context), null, 2);
    yield `${header.slice(0, -2)},\n  "artifacts": [`; // reopen the header object to append the list
    for (const [index, result] of scan.results.entries()) {
        yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportArtifact(result, context.provider, context.policy))}`;
    }
    yield `${scan.results.length === 0 ? '' : '\n  '}],\n  "urls": [`;
    const urls = scan.urls ?? [];
    for (const [index, result] of urls.entries())
        yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportUrl(result, context.provider, context.policy))}`;
    yield `${urls.length === 0 ? '' : '\n  '}]\n}\n`;
}

;// CONCATENATED MODULE: ./src/report/urls.ts








const urls_ENGINES_IN_MESSAGE = 8;
/** Rows of the summary's URL table; the JSON report has every URL. */
const URL_ROWS_SHOWN = 200;
/** The URL as people see it: masked and defanged, on one line. */
function shownUrl(result) {
    return oneLine(defang(result.item.display));
}
/** Where the URL was given: `urls line 3` or `urls-file deploy/urls.txt line 3`. */
function urlSource({ item: { source } }) {
    return source.input === 'urls-file' ? `urls-file ${source.file} line ${source.line}` : `urls line ${source.line}`;
}
/** The service's page for the URL's report; null where the provider has none (or the id is not the SHA-256). */
function urlReportLink(provider, result) {
    const id = result.report?.id;
    return provider === 'virustotal' && id && /^[0-9a-f]{64}$/.test(id) ? `https://www.virustotal.com/gui/url/${id}` : null;
}
/** Worst first, as the artifacts. */
function urlsWorstFirst(urls) {
    const rank = (r) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
    return [...urls].sort((a, b) => rank(a) - rank(b) || (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
}
/** The detections as the artifacts' read (`3/94 malicious`, `+1 ignored`), and the engines that call the URL harmless. */
function urlDetectionLines(result, policy) {
    // The file-report shape is what detectionLines reads; a URL report has the same analysis fields.
    const lines = detectionLines(result, policy);
    // URL engines, unlike file engines, vouch for an address (`clean`): that is worth seeing beside the detections.
    const harmless = result.report?.stats.harmless ?? 0;
    return lines && harmless > 0 ? [...lines, `${harmless} harmless`] : lines;
}
/** Counts of the URLs by status, for the log, the JSON report and the summary. */
function urlCounts(urls) {
    // A URL is never uploaded, so never `pending`: that count is left out (schema 3 as documented).
    const counts = { checked: urls.length, ...Object.fromEntries(STATUS_ORDER.filter((status) => status !== 'pending').map((status) => [status, 0])) };
    for (const result of urls)
        counts[result.status] = (counts[result.status] ?? 0) + 1;
    return counts;
}
/** The log: a heading and one line per URL. Null without URLs. */
function describeUrlResults(urls) {
    if (!urls || urls.length === 0)
        return null;
    const counts = urlCounts(urls);
    const title = `URLs: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${(counts.unknown ?? 0) + (counts.unanalysed ?? 0)} unknown, ${counts.error} errors, ${counts.flagged ? `${counts.flagged} flagged, ` : ''}${counts.allowed} allowed, ${counts.clean} clean`;
    const lines = urls.map((result) => {
        const { status, report, counted, error, allowed } = result;
        const detail = allowed ? ` (${allowed.reason})` : report && counted ? ` ${counted.malicious}/${report.engineCount}` : error ? `: ${text_clip(error.message)}` : '';
        return `${status.padEnd(10)} ${shownUrl(result)}${oneLine(detail)}`;
    });
    return { title, lines };
}
/** Why URLs failed the gate, in the words of the policy; an error that ended the scan is said by the artifacts' line when they carry it. */
function urlFailureReasons(urls, policy, providerName) {
    if (!urls)
        return [];
    const failing = (status) => urls.filter((r) => r.status === status && r.consequence === 'fail');
    const list = (results, describe) => {
        const shown = results.slice(0, 5).map(describe).join(', ');
        return results.length > 5 ? `${shown} and ${results.length - 5} more` : shown;
    };
    const of = `of ${plural(urls.length, 'URL')}`;
    const reasons = [];
    // Malicious by the rule that decided it, as the artifacts' failure line says.
    const malicious = (rule) => failing('malicious').filter((r) => r.decidedBy.rule === rule);
    const byEngine = malicious('fail-engines');
    if (byEngine.length > 0)
        reasons.push(`${byEngine.length} ${of} ${byEngine.length === 1 ? 'is' : 'are'} failed by fail-engines: ${list(byEngine, (r) => `${shownUrl(r)} (${(r.decidedBy.engines ?? []).join(', ')})`)}`);
    const overCount = malicious('max-malicious');
    if (overCount.length > 0)
        reasons.push(`${overCount.length} ${of} exceed${overCount.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list(overCount, (r) => `${shownUrl(r)} (${r.counted?.malicious}/${r.report?.engineCount})`)}`);
    const overShare = malicious('max-malicious-percent');
    if (overShare.length > 0)
        reasons.push(`${overShare.length} ${of} exceed${overShare.length === 1 ? 's' : ''} max-malicious-percent=${policy.maxMaliciousPercent}: ${list(overShare, (r) => `${shownUrl(r)} (${r.counted?.malicious} of ${r.report ? analysedEngines(r.report) : 0} with a verdict)`)}`);
    const suspicious = failing('suspicious');
    if (suspicious.length > 0)
        reasons.push(`${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list(suspicious, (r) => `${shownUrl(r)} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`)}`);
    const unknown = failing('unknown');
    if (unknown.length > 0)
        reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${list(unknown, shownUrl)}`);
    const unanalysed = failing('unanalysed');
    if (unanalysed.length > 0)
        reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list(unanalysed, shownUrl)}`);
    const stop = urls.find((r) => r.error !== null && failsWhateverPolicy(r.error)) ?? urls.find((r) => endedScan(r.error) && r.consequence === 'fail');
    const errors = failing('error');
    if (stop)
        reasons.push(stop.error.message);
    else if (errors.length > 0)
        reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${list(errors, shownUrl)}`);
    return reasons;
}
/** Annotations for the URLs that warn or fail: not tied to a file (a URL has none). */
function planUrlAnnotations(urls, provider, policy) {
    const annotations = [];
    let scanStopSaid = false;
    for (const result of urlsWorstFirst(urls ?? [])) {
        // An error that ended the scan is said once, as for the artifacts (and by the failure line when it fails).
        if (endedScan(result.error)) {
            if (result.consequence === 'fail' || scanStopSaid)
                continue;
            scanStopSaid = true;
        }
        if (result.consequence === 'pass')
            continue;
        annotations.push(describeUrl(result, provider, policy));
    }
    return annotations;
}
function describeUrl(result, provider, policy) {
    const level = result.consequence === 'fail' ? 'error' : 'warning';
    const url = shownUrl(result);
    const where = ` (${urlSource(result)})`;
    const providerName = PROVIDERS[provider].name;
    const link = urlReportLink(provider, result);
    const linkText = link ? ` Report: ${link}` : '';
    const { report, counted } = result;
    if ((result.status === 'malicious' || result.status === 'suspicious') && report && counted) {
        const category = result.status;
        const engines = countedEngines(report, policy, category);
        const named = engines.slice(0, urls_ENGINES_IN_MESSAGE).map(describeDetection);
        const more = engines.length > urls_ENGINES_IN_MESSAGE ? `, and ${engines.length - urls_ENGINES_IN_MESSAGE} more` : '';
        const threats = report.threatNames.length > 0
            ? ` Threat names: ${report.threatNames
                .slice(0, 5)
                .map((name) => text_clip(name))
                .join(', ')}.`
            : '';
        return {
            level,
            title: `${category === 'malicious' ? 'Malicious' : 'Suspicious'} URL: ${counted[category]}/${report.engineCount} engines`,
            message: `${url}${where} is flagged ${category} by ${counted[category]} of ${report.engineCount} engines: ${named.join(', ')}${more}.${threats}${linkText}`,
        };
    }
    if (result.status === 'unanalysed' && report) {
        return {
            level,
            title: `URL not analysed by ${providerName}`,
            message: `${url}${where} has a report with verdicts from only ${plural(analysedEngines(report), 'engine')} (min-engines=${policy.minEngines}).${linkText}`,
        };
    }
    if (result.status === 'unknown') {
        return { level, title: `URL unknown to ${providerName}`, message: `${url}${where} has never been seen by ${providerName}, so it has no reputation yet.` };
    }
    return { level, title: 'URL lookup failed', message: `${url}${where} could not be checked: ${text_clip(result.error?.message ?? 'unknown error')}` };
}
/** One URL in the JSON report: masked (not defanged: it is data for programs), never as given. */
function reportUrl(result, provider, policy) {
    const { item, report, error } = result;
    return {
        url: item.display,
        source: item.source,
        status: result.status,
        consequence: result.consequence,
        id: report?.id ?? null,
        link: urlReportLink(provider, result),
        allowedReason: result.allowed?.reason ?? null,
        statusIfNotAllowed: result.allowed?.otherwise ?? null,
        decidedBy: { ...result.decidedBy, text: describeDecision(result, policy, provider) },
        ...reportAnalysis(result, policy),
        categories: report?.categories ?? {},
        firstSeen: report?.firstSeen?.toISOString() ?? null,
        lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
        staleDays: result.staleDays,
        cachedAt: result.cachedAt?.toISOString() ?? null, // when the answer reused from the verdict cache was fetched
        error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
    };
}
/** The job summary's URL section (after the artifacts'): one row per URL, worst first. Empty without URLs. */
function renderUrlSection(urls, provider, policy) {
    if (!urls || urls.length === 0)
        return '';
    const counts = urlCounts(urls);
    const tally = ['malicious', 'suspicious', 'error', 'flagged', 'unanalysed', 'unknown', 'allowed', 'clean']
        .filter((status) => (counts[status] ?? 0) > 0)
        .map((status) => `${counts[status]} ${status}`);
    const ordered = urlsWorstFirst(urls);
    const rows = ordered.slice(0, URL_ROWS_SHOWN).map((result) => {
        const link = urlReportLink(provider, result);
        const detections = urlDetectionLines(result, policy)?.map(escapeHtml).join('<br>') ?? '—';
        const threats = result.report && result.report.threatNames.length > 0
            ? `<br>${result.report.threatNames
                .slice(0, 3)
                .map((name) => escapeHtml(text_clip(name, 60)))
                .join(', ')}`
            : '';
        const note = result.allowed ? ` (${escapeHtml(result.allowed.reason)})` : result.error ? `<br>${escapeHtml(text_clip(result.error.message))}` : '';
        const report = link ? `<a href="${link}">report</a>` : '—';
        return `<tr><td><code>${escapeHtml(shownUrl(result))}</code><br><sub>${escapeHtml(urlSource(result))}</sub></td><td>${detections}${threats}</td><td>${STATUS_LABELS[result.status]}${note}</td><td>${report}</td></tr>\n`;
    });
    const more = ordered.length > URL_ROWS_SHOWN ? `\n${plural(ordered.length - URL_ROWS_SHOWN, 'more URL')} not listed; the JSON report has every one.\n` : '';
    return (`### URLs (${urls.length}: ${tally.join(', ')})\n\nShown defanged (\`hxxps://\`, \`[.]\`) so that no one opens one by mistake, with query values masked.\n\n` +
        `<table>\n<tr><th>URL</th><th>Detections</th><th>Status</th><th>Report</th></tr>\n${rows.join('')}</table>\n${more}\n`);
}
/** Rows for the release notes' URL table, worst first. Empty without URLs. */
function releaseNotesUrlTable(urls, provider, policy, roomChars) {
    if (!urls || urls.length === 0)
        return '';
    let text = '\n| URL | Status | Detections | Report |\n|---|---|---|---|\n';
    const ordered = urlsWorstFirst(urls);
    for (const [index, result] of ordered.entries()) {
        const link = urlReportLink(provider, result);
        const row = `| <code>${escapeHtml(shownUrl(result))}</code> | ${STATUS_LABELS[result.status]} | ${urlDetectionLines(result, policy)?.map(escapeHtml).join(', ') ?? '—'} | ${link ? `[report](${link})` : '—'} |\n`;
        if (text.length + row.length > roomChars - 200)
            return `${text}\n${plural(ordered.length - index, 'more URL')} not listed; the JSON report lists every one.\n`;
        text += row;
    }
    return text;
}
/**
 * One SARIF result for a URL that warns or fails, under the status's rule. A URL from `urls-file` is
 * located at its line there; one from the `urls` input has no file in the repository to point at, so
 * it carries a logical location (the input and line) and no physical one.
 */
function sarifUrlResult(result, provider, policy, ruleIndex, level) {
    const ruleId = `artifact-reputation/${result.status}`;
    const { source } = result.item;
    const where = urlSource(result);
    const annotation = describeUrl(result, provider, policy);
    const physical = source.input === 'urls-file' && source.file
        ? { physicalLocation: { artifactLocation: { uri: source.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }, region: { startLine: source.line } } }
        : {};
    return {
        ruleId,
        ruleIndex,
        level,
        message: { text: escapeInvisible(annotation.message) },
        locations: [{ ...physical, logicalLocations: [{ name: where, kind: 'resource' }] }],
        // One alert per rule and URL (masked) across runs.
        partialFingerprints: { primaryLocationLineHash: `${(0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${result.item.display}`).digest('hex').slice(0, 16)}:${source.line}` },
        properties: {
            url: result.item.display,
            id: result.report?.id ?? null,
            link: urlReportLink(provider, result),
            stats: result.report?.stats ?? null,
            engineCount: result.report?.engineCount ?? null,
            threatNames: result.report?.threatNames ?? [],
        },
    };
}

;// CONCATENATED MODULE: ./src/report/failure.ts
// The one line that says why the gate failed, in the words of the policy's inputs.




const FAILURE_LIST_LENGTH = 5;
const NO_FILES_MESSAGE = 'No files were found with the provided patterns (if-no-files-found=error).';
/** The judgement with its failure line: what every report renders. */
function explain(judgement, policy, providerName) {
    if (judgement.result !== 'fail')
        return { ...judgement, failureMessage: '' };
    const artifacts = failureMessage(judgement.results, judgement.urlsOnly ? { ...policy, ifNoFilesFound: 'ignore' } : policy, providerName);
    // A scan stop (a refused key) is said once, though artifacts and URLs both carry it.
    const urls = urlFailureReasons(judgement.urls, policy, providerName).filter((reason) => !artifacts.includes(reason));
    return { ...judgement, failureMessage: [artifacts, ...urls].filter(Boolean).join('; ') };
}
function failureMessage(results, policy, providerName) {
    // By each one's own verdict: an archive that fails only through its members is said after them.
    const failing = (status) => results.filter((r) => r.status === status && ownConsequence(r) === 'fail');
    const of = `of ${plural(results.length, 'artifact')}`;
    const reasons = [];
    if (results.length === 0 && policy.ifNoFilesFound === 'error')
        reasons.push(NO_FILES_MESSAGE);
    // In the order the rules apply; most detected first, as in every report.
    const malicious = failing('malicious').sort((a, b) => (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
    const decidedBy = (rule) => malicious.filter((r) => r.decidedBy.rule === rule);
    const byEngine = decidedBy('fail-engines');
    if (byEngine.length > 0) {
        const list = listPaths(byEngine, (r) => `${r.artifact.displayPath} (${(r.decidedBy.engines ?? []).join(', ')})`);
        reasons.push(`${byEngine.length} ${of} ${byEngine.length === 1 ? 'is' : 'are'} flagged malicious by an engine in fail-engines: ${list}`);
    }
    const overCount = decidedBy('max-malicious');
    if (overCount.length > 0) {
        const list = listPaths(overCount, (r) => `${r.artifact.displayPath} (${r.counted?.malicious}/${r.report?.engineCount})`);
        reasons.push(`${overCount.length} ${of} exceed${overCount.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list}`);
    }
    const overShare = decidedBy('max-malicious-percent');
    if (overShare.length > 0) {
        const list = listPaths(overShare, (r) => `${r.artifact.displayPath} (${r.counted?.malicious} of ${plural(analysedEngines(r.report), 'verdict')})`);
        reasons.push(`${overShare.length} ${of} exceed${overShare.length === 1 ? 's' : ''} max-malicious-percent=${policy.maxMaliciousPercent}: ${list}`);
    }
    const suspicious = failing('suspicious').sort((a, b) => (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
    if (suspicious.length > 0) {
        const list = listPaths(suspicious, (r) => `${r.artifact.displayPath} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`);
        reasons.push(`${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list}`);
    }
    const unknown = failing('unknown');
    if (unknown.length > 0) {
        reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${listPaths(unknown, (r) => r.artifact.displayPath)}`);
    }
    const pending = failing('pending');
    if (pending.length > 0) {
        reasons.push(`${pending.length} ${of} ${pending.length === 1 ? 'was' : 'were'} uploaded to ${providerName} and not analysed in time (on-unknown=fail): ${listPaths(pending, (r) => r.artifact.displayPath)}`);
    }
    const unanalysed = failing('unanalysed');
    if (unanalysed.length > 0) {
        const list = listPaths(unanalysed, (r) => `${r.artifact.displayPath} (${plural(analysedEngines(r.report), 'engine')})`);
        reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list}`);
    }
    // A refused key (or an api-url that serves no reports) means nothing could be checked: the job
    // fails, allowed artifacts or not. An error that ended the scan is said once, not per artifact.
    const stop = results.find((r) => r.error !== null && failsWhateverPolicy(r.error)) ?? results.find((r) => endedScan(r.error) && r.consequence === 'fail');
    const errors = failing('error');
    if (stop)
        reasons.push(stop.error.message);
    else if (errors.length > 0)
        reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${listPaths(errors, (r) => r.artifact.displayPath)}`);
    const unscanned = failing('unscanned');
    if (unscanned.length > 0) {
        reasons.push(`${unscanned.length} ${of} ${unscanned.length === 1 ? 'was' : 'were'} not scanned fully (on-error=fail): ${listPaths(unscanned, (r) => r.artifact.displayPath)}`);
    }
    // The outer files a release ships: each fails with the member it holds, named.
    const holders = results.filter((r) => r.failingMembers && !r.artifact.member && ownConsequence(r) !== 'fail');
    if (holders.length > 0) {
        const list = listPaths(holders, (r) => `${r.artifact.displayPath} (${describeFailingMembers(r)})`);
        reasons.push(`so ${holders.length === 1 ? '1 archive fails' : `${holders.length} archives fail`} with what ${holders.length === 1 ? 'it holds' : 'they hold'}: ${list}`);
    }
    return reasons.join('; ');
}
function listPaths(results, describe) {
    const shown = results.slice(0, FAILURE_LIST_LENGTH).map(describe).join(', ');
    const more = results.length - FAILURE_LIST_LENGTH;
    return more > 0 ? `${shown} and ${more} more` : shown;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// A compact Markdown block for release notes (`gh release edit --notes-file`, a release action's
// `body_path`): the verdict, then one row per artifact, worst first. Pure; names are escaped.




/** GitHub's release body holds 125,000 characters; leave room for the text people add around the block. */
const RELEASE_NOTES_LIMIT_CHARS = 100_000;
function renderReleaseNotes(scan, context, limitChars = RELEASE_NOTES_LIMIT_CHARS) {
    const { counts } = scan;
    const provider = PROVIDERS[context.provider].name;
    const tally = [
        counts.malicious && `${counts.malicious} malicious`,
        counts.suspicious && `${counts.suspicious} suspicious`,
        counts.error && plural(counts.error, 'error'),
        counts.unscanned && `${counts.unscanned} unscanned`,
        counts.flagged && `${counts.flagged} flagged`,
        counts.unanalysed && `${counts.unanalysed} unanalysed`,
        counts.pending && `${counts.pending} pending`,
        counts.unknown && `${counts.unknown} unknown`,
        counts.allowed && `${counts.allowed} allowed`,
        counts.clean && `${counts.clean} clean`,
    ].filter(Boolean);
    const verdict = `**${scan.result === 'pass' ? '✅ Artifact reputation: passed' : '❌ Artifact reputation: failed'}** — ` +
        `${scan.urlsOnly ? plural(scan.urls?.length ?? 0, 'URL') : plural(counts.scanned, 'artifact')} checked against ${provider} on ${formatDate(context.generatedAt)}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}.\n`;
    const urlTable = releaseNotesUrlTable(scan.urls, context.provider, context.policy, limitChars / 4);
    if (scan.results.length === 0)
        return verdict + urlTable;
    const header = '\n| Artifact | Status | Detections | SHA-256 |\n|---|---|---|---|\n';
    let text = verdict + header;
    const ordered = worstFirst(scan.results);
    for (const [index, result] of ordered.entries()) {
        const row = releaseRow(result, context);
        const left = ordered.length - index;
        // Keep room for the line that says how many rows were left out.
        if (text.length + row.length > limitChars - urlTable.length - 200) {
            return `${text}\n${plural(left, 'more artifact')} not listed, to keep the release notes short; the JSON report lists every one.\n${urlTable}`;
        }
        text += row;
    }
    return text + urlTable;
}
function releaseRow(result, context) {
    const status = STATUS_LABELS[result.status] + (result.allowed ? ` (${escapeHtml(result.allowed.reason)})` : '');
    const detections = detectionLines(result, context.policy)?.map(escapeHtml).join(', ') ?? '—';
    const { sha256 } = result;
    const link = sha256 ? reportLink(context.provider, sha256) : null;
    const hash = !sha256 ? '—' : link ? `[\`${shortHash(sha256)}\`](${link} "${sha256}")` : `\`${shortHash(sha256)}\``;
    return `| <code>${escapeHtml(result.artifact.displayPath)}</code> | ${status} | ${detections} | ${hash} |\n`;
}

;// CONCATENATED MODULE: ./src/report/progress.ts
/**
 * Said only when the wait is long enough to wonder about (a minute or more), or when uploads on a
 * paced key will add to it: each costs several requests of the same quota.
 */
function describeEstimate(uniqueHashes, requestsPerMinute, estimateMs, requestsPerUpload, urls = 0) {
    const uploads = requestsPerUpload && requestsPerMinute > 0
        ? ` Each unknown file uploaded adds up to ${requestsPerUpload} requests (the upload, its polls, a re-read), about ${formatDuration((requestsPerUpload / requestsPerMinute) * 60_000)} at this rate.`
        : '';
    if (estimateMs < 60_000)
        return uploads === '' ? null : uploads.trim();
    const urlCount = `${urls} URL${urls === 1 ? '' : 's'}`;
    // A run of URLs alone has no hash to count.
    const what = urls === 0 ? `${uniqueHashes} unique hashes` : uniqueHashes === 0 ? urlCount : `${uniqueHashes} unique hashes and ${urlCount}`;
    return `${what} at ${requestsPerMinute}/min: about ${formatDuration(estimateMs)}.${uploads} Raise \`requests-per-minute\` if your key allows more.`;
}
/** One line of where the lookups are; null when nothing is left to wait for. */
function describeProgress({ done, errors, inFlight, pending, pausedForMs }) {
    if (pending === 0)
        return null;
    const paused = pausedForMs > 0 ? `; paused ${Math.ceil(pausedForMs / 1000)} s for the service's quota` : '';
    return `Lookups: ${done} done (${errors} failed), ${inFlight} in flight, ${pending - inFlight} waiting${paused}.`;
}
function formatDuration(ms) {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1)
        return `${Math.ceil(ms / 1000)} seconds`;
    if (minutes < 90)
        return `${minutes} minute${minutes === 1 ? '' : 's'}`;
    return `${(ms / 3_600_000).toFixed(1)} hours`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts











/** Code scanning's limits: results per run, and the gzip-compressed size of an upload (less a margin). */
const SARIF_LIMITS = { resultsPerRun: 25_000, gzippedBytes: 10 * 1000 * 1000 - 256 * 1024 };
/** Engines named in one result's message; all of them are in its properties. */
const sarif_ENGINES_IN_MESSAGE = 5;
/** Where an artifact outside the workspace is located: relative to the file system root. */
const OUTSIDE_WORKSPACE = 'OUTSIDE_WORKSPACE';
const ALLOW = 'If you have checked the artifact yourself and trust it, add its SHA-256 to `allow` (or `allow-file`) with the reason; it then passes, reported as allowed.';
const IGNORE = 'If one engine keeps flagging your builds wrongly, list it in `ignore-engines`: its verdicts stay visible but no longer count.';
const FALSE_POSITIVE = "Report a false positive to the vendor of each engine that flagged it (the engine names are in the result's message and properties).";
const REBUILD = 'If it should not be flagged, rebuild from a clean checkout on a clean runner and check again: a compromised dependency or build machine is the likeliest cause.';
/** One rule per status that needs attention. `security-severity` orders alerts in code scanning. */
const RULES = {
    malicious: {
        name: 'MaliciousArtifact',
        short: 'More engines flag the artifact as malicious than max-malicious allows.',
        meaning: 'The reputation service has analysed this exact file (by SHA-256), and more of its anti-malware engines flag it as malicious than the `max-malicious` input allows. Do not release or deploy it until you know why.',
        remedies: [REBUILD, FALSE_POSITIVE, ALLOW, IGNORE],
        severity: '9.0',
    },
    suspicious: {
        name: 'SuspiciousArtifact',
        short: 'More engines flag the artifact as suspicious than max-suspicious allows.',
        meaning: 'The reputation service has analysed this exact file, and more of its engines flag it as suspicious (a heuristic, not a known threat) than the `max-suspicious` input allows.',
        remedies: [REBUILD, FALSE_POSITIVE, ALLOW, IGNORE],
        severity: '6.0',
    },
    flagged: {
        name: 'FlaggedArtifact',
        short: 'Some engines flag the artifact as malicious: more than warn-malicious, not more than max-malicious.',
        meaning: 'The reputation service has analysed this exact file, and some of its engines flag it as malicious: more than the `warn-malicious` input, but not more than `max-malicious` (and no engine of `fail-engines` among them). The gate passes it with a warning, so that a few detections are looked at before they become many.',
        remedies: [FALSE_POSITIVE, REBUILD, ALLOW, IGNORE],
        severity: '5.0',
    },
    error: {
        name: 'ReputationLookupFailed',
        short: 'The artifact could not be checked: the lookup failed or the file could not be read.',
        meaning: "The gate could not find out the artifact's reputation: the lookup failed after its retries (a timeout, a server error, an exhausted quota) or the file could not be read. Nothing is known about it, so it is not clean.",
        remedies: [
            'Read the error in the message: for a quota, lower `requests-per-minute` or use a key with a larger quota; for a timeout or server error, run the job again.',
            'For a file that could not be read, check that the build produced it and that the runner can read it.',
            'Set `on-error: warn` only if an unchecked artifact may be released.',
        ],
        severity: '4.0',
    },
    unscanned: {
        name: 'ArtifactNotScanned',
        short: 'The archive, or a member of it, could not be scanned fully: not opened, not read, or named to unpack outside its target.',
        meaning: "The gate could not look at everything this archive holds: it is corrupt or cut short, a compression bomb, encrypted, nested deeper than `archive-max-depth`, over a size or count limit, or it holds itself; or a member's name leads out of the archive (`..` or an absolute path). What was not read may hide what the gate looks for, so it is judged like an error (`on-error`) unless its own hash already fails it.",
        remedies: [
            'Read the reason in the message: rebuild a corrupt archive; raise the `archive-max-*` limit it names only if the archive is yours and really that large or deep.',
            'An encrypted member, an archive that holds itself or a name with `..` has no place in a release: find out where it comes from.',
            'Set `on-error: warn` only if an archive the gate could not read fully may be released.',
        ],
        severity: '4.0',
    },
    unanalysed: {
        name: 'UnanalysedArtifact',
        short: 'The service knows the artifact but fewer engines than min-engines gave a verdict.',
        meaning: 'The reputation service has a report on this file, but fewer of its engines gave a verdict than the `min-engines` input asks for: a fresh upload reads 0/0. Such a report says nothing yet, so the artifact is judged like an unknown one (`on-unknown`).',
        remedies: ['Wait for the service to analyse the file, or ask it to, then run the job again.', 'Lower `min-engines` only if a report with fewer verdicts is enough for you.', ALLOW],
        severity: '3.0',
    },
    pending: {
        name: 'PendingAnalysis',
        short: 'The artifact was uploaded, and its analysis did not complete within analysis-timeout-minutes.',
        meaning: 'The service had never seen this file, so the gate uploaded it for analysis (`upload-unknown: true`), and the analysis did not complete within `analysis-timeout-minutes`. Nothing is known about it yet, so it is judged like an unknown one (`on-unknown`).',
        remedies: ['Open the analysis link in the result, and run the job again once the analysis is complete.', 'Raise `analysis-timeout-minutes` if analyses regularly take longer.', ALLOW],
        severity: '3.0',
    },
    unknown: {
        name: 'UnknownArtifact',
        short: 'The service has never seen the artifact, so it has no reputation.',
        meaning: 'The reputation service has never seen a file with this SHA-256. That is normal for a fresh build (the gate uploads nothing), but it also means no engine has vouched for it.',
        remedies: [
            'If the artifact is yours and built from reviewed sources, add its SHA-256 to `allow` with the reason, or set `on-unknown: pass` to keep unknown artifacts out of code scanning.',
            'Otherwise, have the service analyse the file before you release it.',
        ],
        severity: '3.0',
    },
};
const RULE_IDS = Object.keys(RULES);
const LEVELS = { fail: 'error', warn: 'warning' };
function rule(status, helpUri) {
    const { name, short, meaning, remedies, severity } = RULES[status];
    return {
        id: `artifact-reputation/${status}`,
        name,
        shortDescription: { text: short },
        fullDescription: { text: meaning },
        help: {
            text: `${meaning}\n\nWhat to do:\n${remedies.map((step) => `- ${step}`).join('\n')}`,
            markdown: `${meaning}\n\n**What to do**\n\n${remedies.map((step) => `- ${step}`).join('\n')}\n\nSee [how the gate decides](${helpUri}#how-the-gate-decides) and [living with false positives](${helpUri}#living-with-false-positives).`,
        },
        helpUri: `${helpUri}#how-the-gate-decides`,
        defaultConfiguration: { level: status === 'malicious' || status === 'suspicious' || status === 'error' || status === 'unscanned' ? 'error' : 'warning' },
        properties: { tags: ['security', 'supply-chain'], precision: 'high', 'problem.severity': status === 'malicious' ? 'error' : 'warning', 'security-severity': severity },
    };
}
/**
 * The log. Only artifacts whose verdict warns or fails become results (an unknown artifact under
 * `on-unknown: pass` stays out of code scanning), worst first, cut to code scanning's limits with a
 * notification that says what was left out. `gzippedLimit` is for tests.
 */
function buildSarif(results, context, gzippedLimit = SARIF_LIMITS.gzippedBytes) {
    // By the artifact's own verdict: an archive that fails only through its members has no result of its own; each failing member has one at the archive's file.
    const reported = worstFirst(results.filter((r) => needsAttention(r) && ownConsequence(r) !== 'pass'));
    let kept = Math.min(reported.length, SARIF_LIMITS.resultsPerRun);
    for (;;) {
        const log = assemble(reported.slice(0, kept), reported.length, context);
        if (kept === 0 || (0,external_node_zlib_.gzipSync)(JSON.stringify(log)).length <= gzippedLimit)
            return log;
        kept = Math.floor(kept * 0.8);
    }
}
function assemble(kept, total, context) {
    const notifications = [];
    if (kept.length < total) {
        const left = total - kept.length;
        notifications.push({
            level: 'warning',
            message: {
                text: `${plural(left, 'artifact')} that need${left === 1 ? 's' : ''} attention ${left === 1 ? 'is' : 'are'} left out of this log to stay within code scanning's limits (${SARIF_LIMITS.resultsPerRun.toLocaleString('en-US')} results and 10 MB compressed); the least serious were left out. The JSON report lists every artifact.`,
            },
        });
    }
    const anyOutside = kept.some((r) => !r.artifact.inWorkspace);
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Artifact Reputation Gate',
                        semanticVersion: ACTION_VERSION,
                        version: ACTION_VERSION,
                        informationUri: context.helpUri,
                        rules: RULE_IDS.map((status) => rule(status, context.helpUri)),
                    },
                },
                ...(anyOutside && { originalUriBaseIds: { [OUTSIDE_WORKSPACE]: { uri: 'file:///', description: { text: 'The file system root, for artifacts outside the workspace.' } } } }),
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
                results: [
                    ...kept.map((r) => result(r, context)),
                    ...(context.urls ?? [])
                        .filter((r) => r.consequence !== 'pass')
                        .map((r) => sarifUrlResult(r, context.provider, context.policy, RULE_IDS.indexOf(r.status), LEVELS[r.consequence])),
                ],
            },
        ],
    };
}
function result(artifactResult, context) {
    const { artifact, sha256, report, counted, error, status } = artifactResult;
    const providerName = PROVIDERS[context.provider].name;
    const detections = countedEngines(report, context.policy, status === 'flagged' ? 'malicious' : status);
    const what = {
        malicious: `is flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
        suspicious: `is flagged suspicious by ${counted?.suspicious} of ${report?.engineCount} engines`,
        flagged: `is flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
        unanalysed: `has verdicts from only ${report ? analysedEngines(report) : 0} engines at ${providerName} (min-engines=${context.policy.minEngines})`,
        pending: `was uploaded to ${providerName}, and its analysis is not complete`,
        unknown: `is unknown to ${providerName}`,
        error: `could not be checked: ${text_clip(error?.message ?? 'unknown error')}`,
        unscanned: `${sha256 === null ? 'was not read' : 'was not scanned fully'}: ${text_clip(artifact.unscanned ?? 'no reason given')}`,
    };
    const named = detections.slice(0, sarif_ENGINES_IN_MESSAGE).map(describeDetection);
    const more = detections.length > sarif_ENGINES_IN_MESSAGE ? ` and ${detections.length - sarif_ENGINES_IN_MESSAGE} more` : '';
    const link = sha256 ? reportLink(context.provider, sha256) : null;
    const ruleId = `artifact-reputation/${status}`;
    const decision = describeDecision(artifactResult, context.policy, context.provider);
    const upload = describeUpload(artifactResult, context.provider);
    return {
        ruleId,
        ruleIndex: RULE_IDS.indexOf(status),
        level: LEVELS[ownConsequence(artifactResult)],
        message: {
            text: escapeInvisible(sentence(`${artifact.displayPath} (SHA-256 ${sha256 ?? 'not computed'}) ${what[status]}${named.length > 0 ? `: ${named.join(', ')}${more}` : ''}`) +
                (report?.contradiction ? ` ${report.contradiction}` : '') +
                ` ${decisionSentence(decision)}` +
                (upload ? ` ${upload.text}.${upload.link ? ` Analysis: ${upload.link}` : ''}` : '') +
                (link ? ` Report: ${link}` : '')),
        },
        // A member is located at its outer archive's file, which code scanning can link; the member and its chain are the logical location.
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(artifactResult), region: { startLine: 1 } }, ...memberLocation(artifact) }],
        // One alert per artifact path and rule across runs and rebuilds: not the content's hash, which every build changes.
        partialFingerprints: { primaryLocationLineHash: `${(0,external_node_crypto_.createHash)('sha256').update(`${ruleId}\0${artifact.displayPath}`).digest('hex').slice(0, 16)}:1` },
        properties: {
            sha256,
            size: artifact.size,
            link,
            stats: report?.stats ?? null,
            engineCount: report?.engineCount ?? null,
            detections: markIgnored(report, context.policy),
            decidedBy: { ...artifactResult.decidedBy, text: decision },
            ...(artifact.member && { container: artifact.member.chain.slice(0, -1) }),
            ...(artifact.unscanned !== undefined && { unscanned: artifact.unscanned }),
        },
    };
}
/** A member's place inside its archives: `dist/app.zip!/lib/vendor.dll`, named by its own last part. */
function memberLocation({ member, displayPath }) {
    if (!member)
        return {};
    return { logicalLocations: [{ name: escapeInvisible(member.chain.at(-1)), fullyQualifiedName: escapeInvisible(displayPath), kind: 'resource' }] };
}
/** Workspace paths relative to the checkout; others relative to the root, never an absolute URI code scanning rejects. */
function artifactLocation({ artifact }) {
    const encode = (text) => text.split('/').map(encodeURIComponent).join('/');
    if (artifact.inWorkspace)
        return { uri: encode(outerPath(artifact)), uriBaseId: '%SRCROOT%' };
    const fromRoot = artifact.absolutePath
        .split((external_node_path_default()).sep)
        .join('/')
        .replace(/^[A-Za-z]:/, '')
        .replace(/^\/+/, '');
    return { uri: encode(fromRoot), uriBaseId: OUTSIDE_WORKSPACE };
}
/** The log as the file's text. */
function sarifText(log) {
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary, rendered as a pure function of the scan. Everything from outside is escaped.
// It is read in GitHub's ~1,000 px summary pane: the attention table has five narrow columns (the
// hash shortened, notes in a row of their own), and everything long goes in collapsed details.
// The result stays under GitHub's 1 MiB step-summary limit; a cut summary says so at the top.






/** GitHub refuses a step summary over 1 MiB; keep a margin for the closing tags and the notes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** Room kept for the note at the top of a cut summary. */
const TOP_NOTE_BYTES = 1024;
function renderSummary(scan, context, limitBytes = SUMMARY_LIMIT_BYTES) {
    const { counts } = scan;
    const passed = scan.result === 'pass';
    const heading = `## ${passed ? '✅' : '❌'} Artifact reputation gate ${passed ? 'passed' : 'failed'}\n\n`;
    const out = new BoundedText(limitBytes - TOP_NOTE_BYTES - Buffer.byteLength(heading));
    if (!passed)
        out.add(`${escapeHtml(scan.failureMessage)}\n\n`);
    if (counts.scanned === 0 && !scan.urlsOnly)
        out.add('No file matched the `files` patterns, so nothing was checked.\n\n');
    // Flagged only where warn-malicious can flag, so the table stays as narrow as it was without it.
    const flagged = context.policy.warnMalicious !== null || counts.flagged > 0;
    // Unscanned only when an archive was not scanned fully, for the same reason.
    const unscanned = counts.unscanned > 0;
    // A URL-only run has no artifacts to count: its URLs have their own section.
    if (!scan.urlsOnly)
        out.add(`| Artifacts | Unique hashes | Malicious | Suspicious |${flagged ? ' Flagged |' : ''} Unknown | Unanalysed | Errors |${unscanned ? ' Unscanned |' : ''} Allowed | Clean |\n|---:|---:|---:|---:|${flagged ? '---:|' : ''}---:|---:|---:|${unscanned ? '---:|' : ''}---:|---:|\n` +
            `| ${counts.scanned} | ${counts.uniqueHashes} | ${counts.malicious} | ${counts.suspicious} |${flagged ? ` ${counts.flagged} |` : ''} ${counts.unknown} | ${counts.unanalysed} | ${counts.error} |${unscanned ? ` ${counts.unscanned} |` : ''} ${counts.allowed} | ${counts.clean} |\n\n`);
    out.add(`Checked against ${PROVIDERS[context.provider].name} with ${describePolicy(scan.results, context.policy)}.` +
        (counts.stale > 0 ? ` ${counts.stale} report${counts.stale === 1 ? ' is' : 's are'} older than max-report-age-days=${context.policy.maxReportAgeDays} (⏳): the verdict may be stale.` : '') +
        (context.reportPath ? ` ${reportSentence(context)}` : '') +
        '\n\n');
    for (const expired of scan.expiredAllows)
        out.add(`⌛ ${escapeHtml(describeExpiredAllow(expired))}\n\n`);
    const ordered = worstFirst(scan.results);
    const attention = ordered.filter(needsAttention);
    const rows = attentionRows(ordered);
    const rowsShown = out.list(rows, '### Artifacts that need attention\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Status</th><th>SHA-256</th><th>Size</th></tr>\n', (row) => attentionRow(row, context), '</table>\n\n');
    const attentionShown = rows.slice(0, rowsShown).filter((row) => needsAttention(row.result)).length;
    const allowed = ordered.filter((r) => r.status === 'allowed');
    const allowedShown = out.list(allowed, `### Allowed artifacts (${allowed.length})\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Otherwise</th><th>SHA-256</th></tr>\n`, (result) => allowedRow(result, context), '</table>\n\n');
    // Every artifact that needs attention, is allowed, or that any engine flagged (ignored engines included).
    const detailed = [...attention, ...ordered.filter((r) => !needsAttention(r) && (r.allowed !== null || (r.report?.detections.length ?? 0) > 0))];
    const detailsShown = out.list(detailed, '### Engines and hashes\n\n', (result) => detailsBlock(result, context), '');
    const clean = ordered.filter((r) => r.status === 'clean');
    const cleanShown = out.list(clean, `<details><summary>Clean artifacts (${clean.length})</summary>\n\n<ul>\n`, (result) => cleanItem(result, context), '</ul>\n</details>\n');
    if (!out.wasCut)
        return heading + out.text();
    const left = [
        attention.length > attentionShown && `${attention.length - attentionShown} of ${plural(attention.length, 'artifact')} that need attention`,
        allowed.length > allowedShown && `${allowed.length - allowedShown} of ${plural(allowed.length, 'allowed artifact')}`,
        detailed.length > detailsShown && `the engines and hashes of ${plural(detailed.length - detailsShown, 'artifact')}`,
        clean.length > cleanShown && `${clean.length - cleanShown} of ${plural(clean.length, 'clean artifact')}`,
    ].filter((part) => typeof part === 'string');
    const where = context.reportPath ? ' The JSON report (`report-path` output) lists every artifact.' : '';
    const topNote = `> [!WARNING]\n> This summary is cut to stay under GitHub's 1 MiB limit. Left out, as the least serious: ${joinList(left)}.${where}\n\n`;
    return `${heading}${topNote}${out.text()}\n\n> [!NOTE]\n> This summary was cut to stay under GitHub's 1 MiB limit.${where}\n`;
}
function reportSentence(context) {
    const how = context.helpUri ? ` ([how](${context.helpUri}#keeping-the-reports))` : '';
    return `Every artifact, with every engine's verdict, is in the JSON report: the step's \`report-path\` output, kept after the job when uploaded with \`actions/upload-artifact\`${how}.`;
}
function describePolicy(results, policy) {
    const parts = [`max-malicious=${policy.maxMalicious}`];
    if (policy.maxMaliciousPercent !== null)
        parts.push(`max-malicious-percent=${policy.maxMaliciousPercent}`);
    if (policy.warnMalicious !== null)
        parts.push(`warn-malicious=${policy.warnMalicious}`);
    if (policy.failEngines.length > 0)
        parts.push(`fail-engines: ${failEngineNames(results, policy).map(escapeHtml).join(', ')}`);
    if (policy.maxSuspicious !== null)
        parts.push(`max-suspicious=${policy.maxSuspicious}`);
    parts.push(`min-engines=${policy.minEngines}`, `on-unknown=${policy.onUnknown}`, `on-error=${policy.onError}`);
    if (policy.ignoreEngines.length > 0)
        parts.push(`ignored engines: ${ignoredEngineNames(results, policy).map(escapeHtml).join(', ')}`);
    const allowed = Object.keys(policy.allow).length;
    if (allowed > 0)
        parts.push(`${allowed} allowed hash${allowed === 1 ? '' : 'es'}`);
    return parts.join(', ');
}
const ATTENTION_COLUMNS = 5;
/** A member's row starts with an arrow under its archive's path, indented: the eye reads it as part of the archive above. */
const MEMBER_INDENT = '&emsp;↳ ';
/** A text in the row below an artifact is cut here (about 600 px); the details block has all of it. */
const NOTE_CHARS = 90;
/**
 * The attention table's rows, worst first, each archive's members that need attention right beneath
 * it: the archive's row comes first, even when it passes on its own (it fails with them).
 */
function attentionRows(ordered) {
    const outerKey = ({ artifact }) => containerKey(artifact.absolutePath, outerPath(artifact));
    const members = new Map();
    for (const result of ordered) {
        if (!result.artifact.member || !needsAttention(result))
            continue;
        const held = members.get(outerKey(result)) ?? [];
        if (held.length === 0)
            members.set(outerKey(result), held);
        held.push(result);
    }
    // Without a member to show, no key per artifact: on 100,000 files they were megabytes for nothing.
    if (members.size === 0)
        return ordered.filter(needsAttention).map((result) => ({ result }));
    const outers = new Map();
    for (const result of ordered)
        if (!result.artifact.member && members.has(outerKey(result)))
            outers.set(outerKey(result), result);
    const rows = [];
    const grouped = new Set();
    for (const result of ordered) {
        const group = outerKey(result);
        const outer = outers.get(group);
        const held = members.get(group);
        if (!held || !outer) {
            if (needsAttention(result))
                rows.push({ result });
            continue;
        }
        if (grouped.has(group) || !(needsAttention(result) || result === outer))
            continue;
        grouped.add(group);
        rows.push({ result: outer }, ...held.map((member) => ({ result: member, inArchive: memberPath(member.artifact.member.chain.slice(1)) })));
    }
    return rows;
}
/** One row of five narrow cells; what would widen the table (an error, staleness) goes in a row below. */
function attentionRow({ result, inArchive }, context) {
    // A member shows the part after its archive's path; its whole path is the title, on hover.
    const path = inArchive === undefined ? pathCell(result) : `${MEMBER_INDENT}<code title="${attributeText(result.artifact.displayPath)}">${escapeHtml(inArchive)}</code>`;
    const cells = [path, detectionCell(result, context.policy), STATUS_LABELS[result.status], hashCell(result.sha256, context.provider), formatBytes(result.artifact.size)];
    // Short, so the note never sets the table's width; the whole message is in the details block.
    // The status column says the usual rule; another one (fail-engines, a share, an expired allow line) is said here too.
    const notes = [
        !decidedAsUsual(result) && escapeHtml(shorten(decisionNote(result, context), NOTE_CHARS)),
        result.error && `⚠️ ${escapeHtml(shorten(result.error.message, NOTE_CHARS))}`,
        result.artifact.unscanned !== undefined && `🚧 ${escapeHtml(shorten(describeUnscanned(result), NOTE_CHARS))}`,
        staleNote(result, context.policy),
        uploadNote(result, context.provider),
    ].filter(Boolean);
    const noteRow = notes.length > 0 ? `<tr><td colspan="${ATTENTION_COLUMNS}">${notes.join('<br>')}</td></tr>\n` : '';
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n${noteRow}`;
}
/** The decision in a short note; an archive failing with its members points at them, right below it. */
function decisionNote(result, context) {
    if (!result.failingMembers)
        return decisionSentence(describeDecision(result, context.policy, context.provider));
    const own = describeDecision({ ...result, failingMembers: undefined, consequence: result.failingMembers.ownConsequence }, context.policy, context.provider);
    const count = result.failingMembers.paths.length;
    return `Fails with ${count === 1 ? 'the member' : `${count} members`} below; own hash: ${sentence(own)}`;
}
function allowedRow(result, context) {
    const cells = [
        pathCell(result),
        detectionCell(result, context.policy),
        STATUS_LABELS[result.allowed.otherwise] + (result.staleDays !== null ? ' ⏳' : ''),
        hashCell(result.sha256, context.provider),
    ];
    // The reason is prose of any length: below the row, so it never sets the table's width.
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n<tr><td colspan="${cells.length}">Allowed: ${escapeHtml(shorten(result.allowed.reason, NOTE_CHARS))}</td></tr>\n`;
}
function pathCell(result) {
    return `<code>${escapeHtml(result.artifact.displayPath)}</code>`;
}
function detectionCell(result, policy) {
    return detectionLines(result, policy)?.map(escapeHtml).join('<br>') ?? '—';
}
/** 🕓 what an upload in this run did, with the analysis linked (the link is the provider's, never from outside). */
function uploadNote(result, provider) {
    const upload = describeUpload(result, provider);
    if (!upload)
        return null;
    return `🕓 ${upload.text}${upload.link ? `: <a href="${upload.link}">analysis</a>` : ''}.`;
}
function staleNote(result, policy) {
    if (result.staleDays === null)
        return null;
    return `⏳ Last analysed ${result.staleDays} days ago (${formatDate(result.report?.lastAnalysed ?? null)}), more than max-report-age-days=${policy.maxReportAgeDays}: the verdict may be stale.`;
}
/** What an artifact's details block says it is about, after its path. */
function detailsTitle(result, context) {
    const flagged = result.report?.detections.length ?? 0;
    if (flagged > 0)
        return `${plural(flagged, 'engine')} flagged it`;
    const provider = PROVIDERS[context.provider].name;
    if (result.status === 'unknown')
        return `unknown to ${provider}`;
    if (result.status === 'unanalysed')
        return `not analysed yet by ${provider}`;
    if (result.status === 'error')
        return 'not checked';
    if (result.status === 'unscanned')
        return result.sha256 === null ? 'not read' : 'not scanned fully';
    return STATUS_LABELS[result.status];
}
/** The full hash, dates, threat names, the error, and every engine that flagged the artifact. */
function detailsBlock(result, context) {
    const { report, sha256 } = result;
    const facts = [`${STATUS_LABELS[result.status]}`, `SHA-256 ${sha256 ? hashLink(sha256, context.provider, sha256) : 'not computed'}`];
    if (report)
        facts.push(`first seen ${formatDate(report.firstSeen)}`, `last analysed ${formatDate(report.lastAnalysed)}`);
    const lines = [facts.join(' · '), escapeHtml(decisionSentence(describeDecision(result, context.policy, context.provider)))];
    if (report) {
        const names = report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames;
        if (names.length > 0)
            lines.push(`Threat names: ${[...new Set(names)].map((name) => escapeHtml(text_clip(name))).join(', ')}`);
    }
    if (result.error)
        lines.push(`⚠️ ${escapeHtml(text_clip(result.error.message))}`);
    const unscanned = describeUnscanned(result);
    if (unscanned)
        lines.push(`🚧 ${escapeHtml(text_clip(unscanned))}`);
    if (report?.contradiction)
        lines.push(`⚠️ ${escapeHtml(report.contradiction)}`);
    const upload = uploadNote(result, context.provider);
    if (upload)
        lines.push(upload);
    const stale = staleNote(result, context.policy);
    if (stale)
        lines.push(stale);
    if (result.allowed)
        lines.push(`Allowed: ${escapeHtml(text_clip(result.allowed.reason))}`);
    const engines = report?.detections ?? [];
    const table = engines.length === 0
        ? ''
        : '<table>\n<tr><th>Engine</th><th>Category</th><th>Result</th><th>Version</th></tr>\n' +
            engines
                .map((d) => {
                const ignored = isIgnoredEngine(context.policy, d.engine) ? ' <em>(ignored)</em>' : '';
                return `<tr><td>${escapeHtml(text_clip(d.engine))}${ignored}</td><td>${escapeHtml(text_clip(d.category))}</td><td>${escapeHtml(text_clip(d.result ?? '—'))}</td><td>${escapeHtml(text_clip(d.version ?? '—'))}</td></tr>\n`;
            })
                .join('') +
            '</table>\n';
    return `<details><summary><code>${escapeHtml(result.artifact.displayPath)}</code>: ${detailsTitle(result, context)}</summary>\n\n${lines.join('<br>\n')}\n\n${table}</details>\n\n`;
}
function cleanItem(result, context) {
    const detections = result.report && result.counted ? ` ${result.counted.malicious}/${result.report.engineCount}` : '';
    const ignored = ignoredDetections(result, context.policy).map((d) => escapeHtml(text_clip(`${d.engine}: ${d.result ?? d.category}`)));
    const ignoredText = ignored.length > 0 ? `, ignored: ${ignored.join(', ')}` : '';
    const stale = result.staleDays !== null ? ` ⏳ ${result.staleDays} days old` : '';
    return `<li><code>${escapeHtml(result.artifact.displayPath)}</code> ${formatBytes(result.artifact.size)}${detections}${ignoredText}${stale} ${hashCell(result.sha256, context.provider)}</li>\n`;
}
/** The short hash, linked to the provider's report where it has one; the full hash in the title. */
function hashCell(sha256, provider) {
    return sha256 ? hashLink(sha256, provider, shortHash(sha256)) : '—';
}
function hashLink(sha256, provider, shown) {
    const link = reportLink(provider, sha256);
    return link ? `<a href="${link}" title="${sha256}"><code>${shown}</code></a>` : `<code title="${sha256}">${shown}</code>`;
}
/** Cut to `chars` characters with an ellipsis, for a note that must stay one short line (the whole text is in the details). */
function shorten(text, chars) {
    const characters = [...text];
    return characters.length <= chars
        ? text
        : `${characters
            .slice(0, chars - 1)
            .join('')
            .trimEnd()}…`;
}
/** Text for an attribute value: one line, quotes and markup escaped (nothing there becomes a link or markup). */
function attributeText(text) {
    return oneLine(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function joinList(parts) {
    return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/** Text that refuses additions past a byte budget; once one is refused, all later ones are too. */
class BoundedText {
    parts = [];
    bytes = 0;
    cut = false;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    get wasCut() {
        return this.cut;
    }
    add(text) {
        if (this.cut)
            return false;
        const size = Buffer.byteLength(text);
        if (this.bytes + size > this.limit) {
            this.cut = true;
            return false;
        }
        this.parts.push(text);
        this.bytes += size;
        return true;
    }
    /**
     * A section: its opening goes with the first item, so a cut never leaves a heading alone; its
     * closing is always kept (the margin leaves room), so a cut never leaves a block open. Returns
     * how many items made it.
     */
    list(items, open, render, close) {
        let shown = 0;
        for (const item of items) {
            if (!this.add((shown === 0 ? open : '') + render(item)))
                break;
            shown++;
        }
        if (shown > 0) {
            this.parts.push(close);
            this.bytes += Buffer.byteLength(close);
        }
        return shown;
    }
    text() {
        return this.parts.join('');
    }
}

;// CONCATENATED MODULE: ./src/report/write.ts
// The one place src/report/ touches the file system: a rendered report written where a front door says.


const FLUSH_BYTES = 64 * 1024;
/** Writes the pieces in chunks of about 64 KiB, creating the directory; a big report is never one string. */
async function writeReportFile(filePath, pieces) {
    await (0,promises_namespaceObject.mkdir)(external_node_path_default().dirname(filePath), { recursive: true });
    const file = await (0,promises_namespaceObject.open)(filePath, 'w');
    try {
        let pending = '';
        for (const piece of pieces) {
            pending += piece;
            if (pending.length >= FLUSH_BYTES) {
                await file.write(pending);
                pending = '';
            }
        }
        await file.write(pending);
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/action/cache.ts
// The verdict cache's store on the runner: one file in the GitHub Actions cache (@actions/cache).
// The newest entry of the scope is restored by key prefix; each run saves a new entry under a key of
// its own. The cache service is a convenience: when it fails or is slow, the gate warns and goes on.






/** Bumped when the file's format changes incompatibly, so old entries are not even restored. */
const KEY_PREFIX = `${ACTION_NAME}-verdicts-v1`;
const FILE_NAME = 'verdicts.json';
/** How long a restore or a save may take before the gate goes on without it. */
const CACHE_SERVICE_TIMEOUT_MS = 10_000;
/** The key prefix of a scope; every entry of it starts so, and a restore takes the newest. */
function cacheKeyPrefix(scope) {
    return `${KEY_PREFIX}-${scope.key}-`;
}
/**
 * The store, or null when this runner has no cache service (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL:
 * not on GitHub, or an old self-hosted runner). @actions/cache is loaded only when a restore starts.
 */
function actionsCacheStore(env = process.env, timeoutMs = CACHE_SERVICE_TIMEOUT_MS) {
    if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL)
        return null;
    // The path is part of the cache's version: it must read the same in every run, so no per-run names.
    const directory = (scope) => external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), `${ACTION_NAME}-cache`, scope.key);
    let library = null;
    const load = () => (library ??= __nccwpck_require__.e(/* import() */ 959).then(__nccwpck_require__.bind(__nccwpck_require__, 1959)));
    /** Set when the service did not answer a restore in time: a late answer could still write the directory. */
    let abandoned = false;
    return {
        async load(scope) {
            const dir = directory(scope);
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }); // nothing left by an earlier step is read as restored
            await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
            const cache = await load();
            if (!cache.isFeatureAvailable())
                throw new Error('the runner has no cache service');
            const prefix = cacheKeyPrefix(scope);
            const restore = cache.restoreCache([dir], `${prefix}${uniqueSuffix(env)}`, [prefix]);
            const matched = await withTimeout(restore, timeoutMs, () => (abandoned = true));
            // A failed restore was already said by @actions/cache; either way there is nothing to read.
            if (matched === undefined)
                return null;
            try {
                return await (0,promises_namespaceObject.readFile)(external_node_path_default().join(dir, FILE_NAME), 'utf8');
            }
            catch (error) {
                throw new Error(`the cache entry ${matched} holds no ${FILE_NAME} (${error.code ?? String(error)})`, { cause: error });
            }
        },
        async save(scope, text) {
            // A run the repository treats as untrusted (e.g. a pull request from a fork) may only read: not a problem to warn of.
            if (['read', 'none'].includes((env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase())) {
                info(`The verdict cache is not saved: this run may not write the cache (ACTIONS_CACHE_MODE=${env.ACTIONS_CACHE_MODE?.trim()}).`);
                return;
            }
            if (abandoned)
                throw new Error('the cache service did not answer the restore, so nothing is saved either');
            const dir = directory(scope);
            await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
            await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(dir, FILE_NAME), text);
            const cache = await load();
            const key = `${cacheKeyPrefix(scope)}${uniqueSuffix(env)}`;
            // @actions/cache logs its tar command and upload progress: kept in one fold.
            const id = await group('Saving the verdict cache', () => withTimeout(cache.saveCache([dir], key), timeoutMs, () => (abandoned = true)));
            // @actions/cache says why a save failed in its own line and returns -1.
            if (id === -1)
                throw new Error(`the cache service did not take the entry ${key}`);
        },
    };
}
/** Run id and attempt (one entry per run, as the cache keeps entries immutable), and a random part for several gates in one run. */
function uniqueSuffix(env) {
    return `${env.GITHUB_RUN_ID || 'local'}-${env.GITHUB_RUN_ATTEMPT || '1'}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * The promise, or an error once `ms` have passed. The operation itself cannot be cancelled: it is
 * left behind (the action exits when its work is done, src/index.ts), and `onTimeout` notes that.
 */
async function withTimeout(promise, ms, onTimeout) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            onTimeout();
            reject(new Error(`the cache service did not answer within ${ms / 1000} s`));
        }, ms);
    });
    try {
        return await Promise.race([promise, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./src/action/annotations.ts
// Emits an annotation plan (src/report/annotations.ts) as workflow commands (workflow.ts escapes line
// breaks in messages and properties); invisible format characters are escaped here.


function emitAnnotations(annotations) {
    for (const { level, ...raw } of annotations) {
        const [title, message] = [escapeInvisible(raw.title), escapeInvisible(raw.message)];
        const properties = raw.file ? { title, file: escapeInvisible(raw.file), ...(raw.line !== undefined && { startLine: raw.line }) } : { title };
        if (level === 'error')
            error(message, properties);
        else if (level === 'warning')
            warning(message, properties);
        else
            notice(message, properties);
    }
}

;// CONCATENATED MODULE: ./src/adapters/cancellation.ts
// When the runner cancels a job (or a person presses Ctrl-C) the process gets SIGINT, then SIGTERM.
// Without a handler the process ends without a word; with one that only logged, the hash threads and
// open connections would keep it alive. One line says how far the scan got, then the process exits at
// once. Shared by both front doors.

const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Until the returned function is called, SIGINT or SIGTERM is reported (how far the scan got) and
 * the process exits with 128 + the signal's number, as a shell reports a process ended by that signal.
 */
function exitOnCancel(report) {
    const cancel = (signal) => {
        report(signal);
        process.exit(128 + (external_node_os_default()).constants.signals[signal]);
    };
    for (const signal of SIGNALS)
        process.once(signal, cancel);
    return () => {
        for (const signal of SIGNALS)
            process.off(signal, cancel);
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// The runner's reader of the action's inputs; parsing and validation are the core's (core/options.ts).



/** The runner's reader. Masks the key before anything else can log it. */
function getInputs(workspace) {
    const key = getInput('api-key').trim();
    if (key !== '')
        setSecret(key);
    // Untrimmed: parseInputs trims each value itself, and a list input's line numbers then count its leading blank lines too.
    return parseInputs((name) => getInput(name, { trimWhitespace: false }), (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'), workspace);
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
// Step outputs: the counts a later step or job can branch on.

function setOutputs(scan, files) {
    const { counts } = scan;
    setOutput('result', scan.result);
    setOutput('scanned', counts.scanned);
    // Suspicious artifacts over max-suspicious fail the gate like malicious ones; unanalysed ones
    // are judged like unknowns. The JSON report keeps every status apart.
    setOutput('malicious', counts.malicious + counts.suspicious);
    setOutput('unknown', counts.unknown + counts.unanalysed);
    setOutput('uploaded', counts.uploaded);
    setOutput('pending', counts.pending);
    setOutput('errors', counts.error);
    // Archives not opened fully and members not read: judged like errors (on-error), counted apart from real errors.
    setOutput('unscanned', counts.unscanned);
    setOutput('allowed', counts.allowed);
    setOutput('flagged', counts.flagged);
    setOutput('report-path', files.reportPath);
    setOutput('markdown-path', files.markdownPath);
    setOutput('sarif-path', files.sarifPath ?? '');
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The action's front door: inputs from the runner, the core's gate, then every report, the outputs
// and the job's outcome. The one place that decides the job's outcome.






























const LINES_PER_WRITE = 1_000;
async function run() {
    limitHeapGrowth();
    const workspace = workspaceDirectory(process.env.GITHUB_WORKSPACE, process.cwd());
    let inputs;
    try {
        inputs = getInputs(workspace);
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        setFailed(error.message);
        return;
    }
    let current = () => ({ stage: 'listing', artifacts: 0, hashed: 0, lookups: null });
    const stopCancelling = exitOnCancel((signal) => error(describeCancelled(signal, current())));
    try {
        await gate(inputs, workspace, (watch) => (current = watch));
    }
    catch (error) {
        setFailed(redact(`${ACTION_NAME} stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`, inputs.apiKey));
    }
    finally {
        stopCancelling();
    }
}
async function gate(inputs, workspace, watch) {
    const providerName = PROVIDERS[inputs.provider].name;
    const ports = {
        glob: walkingGlob(process.cwd()), // patterns are rooted where the step runs, as with @actions/glob
        http: httpTransport(process.env), // https_proxy, no_proxy and the like
        log: { debug: (message) => debug(message) },
        progress: {
            listed: ({ artifacts, skipped }) => {
                if (skipped.length > 0)
                    notice(describeSkipped(skipped), { title: 'Matched paths skipped' });
                if (inputs.patterns === '') {
                    info(describeCheckingUrls(inputs.urls.length, providerName, inputs.apiUrl));
                }
                else if (artifacts.length === 0) {
                    if (inputs.policy.ifNoFilesFound === 'warn')
                        warning(describeNoFiles(inputs.patterns));
                    else
                        info(describeNoFiles(inputs.patterns)); // for `error`, the verdict fails the job with its own line
                }
                else {
                    info(describeChecking(artifacts.length, providerName, inputs.apiUrl, inputs.urls.length));
                    if (inputs.uploadUnknown)
                        notice(describeUploadsOn(providerName, inputs.uploadPatterns), { title: 'Unknown files are uploaded' });
                }
            },
            hashed: ({ uniqueHashes, urls, requestsPerMinute, estimateMs, requestsPerUpload }) => logIfAny(describeEstimate(uniqueHashes, requestsPerMinute, estimateMs, requestsPerUpload, urls)),
            lookups: (progress) => logIfAny(describeProgress(progress)),
            watch,
        },
        cache: verdictCachePort(inputs),
    };
    const { judgement, cache } = await runGate({ ...inputs, workspace }, ports);
    logIfAny(describeCacheUse(cache));
    const summary = explain(judgement, inputs.policy, providerName);
    for (const results of [describeResults(summary, inputs.policy, inputs.provider), describeUrlResults(summary.urls)]) {
        if (!results)
            continue;
        startGroup(results.title);
        // A write per thousand lines, not per artifact: the same log, far fewer system calls on big
        // trees; and the lines are rendered as they are written, so a thousand at most are held.
        let batch = [];
        for (const line of results.lines) {
            batch.push(line);
            if (batch.length < LINES_PER_WRITE)
                continue;
            info(batch.join('\n'));
            batch = [];
        }
        if (batch.length > 0)
            info(batch.join('\n'));
        endGroup();
    }
    emitAnnotations([
        ...planAnnotations(summary.results, inputs.provider, inputs.policy, summary.result === 'fail', summary.expiredAllows),
        ...planUrlAnnotations(summary.urls, inputs.provider, inputs.policy),
    ]);
    // A report that cannot be written is its own error: the verdict, the outputs and the gate's own
    // failure line still come out, and `result` stays what was judged.
    const writeFailures = [];
    const attemptWrite = async (what, write) => {
        try {
            return await write();
        }
        catch (error) {
            writeFailures.push(oneLine(`Could not write ${what}: ${error instanceof Error ? error.message : String(error)}`));
            return null;
        }
    };
    const generatedAt = new Date();
    const reportPath = await attemptWrite('the JSON report', async () => {
        const file = await reportFilePath('json');
        await writeReportFile(file, jsonReportText(summary, { provider: inputs.provider, apiUrl: inputs.apiUrl, policy: inputs.policy, generatedAt, cache }));
        info(`JSON report: ${file}`);
        return file;
    });
    const markdownPath = await attemptWrite('the release notes (markdown-path)', async () => {
        const file = await reportFilePath('md');
        await writeReportFile(file, [renderReleaseNotes(summary, { provider: inputs.provider, policy: inputs.policy, generatedAt })]);
        info(`Release notes (Markdown): ${file}`);
        return file;
    });
    const sarifPath = inputs.sarifPath
        ? await attemptWrite(`the SARIF log (sarif-path ${inputs.sarifPath})`, async () => {
            await writeReportFile(inputs.sarifPath, [
                sarifText(buildSarif(summary.results, { provider: inputs.provider, policy: inputs.policy, helpUri: actionHomepage(), ...(summary.urls && { urls: summary.urls }) })),
            ]);
            info(`SARIF log: ${inputs.sarifPath}`);
            return inputs.sarifPath;
        })
        : null;
    if (inputs.jobSummary) {
        await attemptWrite('the job summary', () => appendSummary(renderSummary(summary, { provider: inputs.provider, policy: inputs.policy, reportPath, ...(actionRepository() && { helpUri: actionHomepage() }) }) +
            renderUrlSection(summary.urls, inputs.provider, inputs.policy) +
            summaryCacheNote(cache)));
    }
    // The gate's own failure line first: nothing after it (not even the outputs file) can hide it.
    if (summary.result === 'fail')
        setFailed(oneLine(summary.failureMessage));
    else
        info(describePassed(summary));
    await attemptWrite('the step outputs (GITHUB_OUTPUT)', async () => setOutputs(summary, { reportPath: reportPath ?? '', markdownPath: markdownPath ?? '', sarifPath }));
    // A report that was asked for and is missing fails the step too; `result` above says what was judged.
    for (const failure of writeFailures)
        setFailed(redact(failure, inputs.apiKey));
}
/** The GitHub Actions cache as the verdict cache's store, when `cache` is on and the runner has one. */
function verdictCachePort(inputs) {
    if (inputs.cache === null)
        return undefined;
    const store = actionsCacheStore();
    if (store === null) {
        info('The verdict cache is off: this runner has no GitHub Actions cache service (neither ACTIONS_RESULTS_URL nor ACTIONS_CACHE_URL is set).');
        return undefined;
    }
    return { store, log: { warning: (message) => warning(redact(message, inputs.apiKey)), debug: (message) => debug(message) } };
}
function logIfAny(line) {
    if (line !== null)
        info(line);
}
/** The action's `owner/name`, when the runner says it (outside a runner, as on a laptop, it may not). */
function actionRepository() {
    return process.env.GITHUB_ACTION_REPOSITORY || process.env.GITHUB_REPOSITORY || undefined;
}
/** The action's own repository on GitHub (also when it runs as `uses: ./`), for help links. */
function actionHomepage() {
    const repository = actionRepository();
    return repository ? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${repository}` : 'https://docs.virustotal.com/reference/file-info';
}
/** Under RUNNER_TEMP, named after the step, so two uses of the action in one job keep both reports. */
async function reportFilePath(extension) {
    const directory = external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), ACTION_NAME);
    await (0,promises_namespaceObject.mkdir)(directory, { recursive: true });
    const step = (process.env.GITHUB_ACTION || 'report').replace(/[^\w.-]/g, '_');
    return external_node_path_default().join(directory, `${step}.${extension}`);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7187);
// The entry the runner starts (action.yml `main`): it only runs the action.

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// The outcome is set. Exit once the output is flushed, rather than wait on anything a library left
// open (a half-closed socket to a service or proxy that never closes its side).
process.stdout.write('', () => process.exit());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3774:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/web");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 3581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VR: () => (/* binding */ Minimatch)
});

// UNUSED EXPORTS: AST, GLOBSTAR, braceExpand, defaults, escape, filter, makeRe, match, minimatch, sep, unescape

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
