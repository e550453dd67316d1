document.title = process.env.REACT_APP_TITLE ?? 'legacy';
