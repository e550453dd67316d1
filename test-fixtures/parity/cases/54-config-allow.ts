// keyward.config.json allows this exact key: no finding of any rule starts from it.
const shared = '%LMIF_LIVE_ALLOWED%';
console.log('shared demo key', shared);
