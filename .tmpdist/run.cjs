require('./blog.cjs').main(process.argv);
