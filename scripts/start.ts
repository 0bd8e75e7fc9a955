// The local playground. Filled in by the playground.
console.log('start: nothing to start yet');
