// A morgan format that prints the Authorization header of every request.
import express from 'express';
import morgan from 'morgan';

const app = express();
app.use(morgan(':method :url :req[authorization]')); // expect: no-logged-credential high
